import json
from courses import progress
from tests.browser import test_courses as tc
from tests.browser.support import WCAG_TAGS, assert_no_axe_violations, sign_in_through_cookie


def test_probe(page, live_server):
    learner, cat = tc._start_the_sweep(page, live_server, "en")
    bc, m, ip, done = tc._arrange_the_sweep(learner, welsh=False)
    progress.enrol(learner, bc)
    for url in [m.url, bc.url, cat.url + "?filtered=1", "/my-learning/"]:
        page.goto(url)
        assert_no_axe_violations(page)
        res = page.evaluate("async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).incomplete.map(v => [v.id, v.help, v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.any.concat(n.all).map(c=>c.message).join('; ')))])", WCAG_TAGS)
        print("\n==", url)
        for r in res:
            print(r[0], "-", r[1])
            for n in r[2][:4]:
                print("    ", n[:250])
