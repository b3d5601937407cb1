import time
from tests.browser import test_courses as tc
from tests.browser import support

def test_probe(page, second_page, live_server, monkeypatch):
    orig_axe = tc.assert_no_axe_violations
    orig_arr = tc._arrange_the_sweep
    t = {"axe": 0.0, "arr": 0.0}
    def axe(p, **k):
        s = time.time(); orig_axe(p, **k); t["axe"] += time.time() - s
    def arr(*a, **k):
        s = time.time(); r = orig_arr(*a, **k); t["arr"] += time.time() - s; return r
    monkeypatch.setattr(tc, "assert_no_axe_violations", axe)
    monkeypatch.setattr(tc, "_arrange_the_sweep", arr)
    s = time.time()
    tc._sweep(page, second_page, live_server, welsh=True)
    print("total", time.time() - s, t)
