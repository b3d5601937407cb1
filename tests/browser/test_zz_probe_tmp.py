import re
from playwright.sync_api import expect
from courses import progress
from tests import factories
from tests.browser.support import sign_in_through_cookie, ensure_root_collection
from tests.browser.test_courses import private_course, social_worker, every_block_course


def test_probe(page, second_page, live_server, signed_in_as):
    ensure_root_collection()
    private = private_course()
    doc = factories.document(title="Secret handout", name="secret.pdf")
    body = [
        ("resource", {"document": doc, "title": "", "description": ""}),
        (
            "video",
            {
                "video": factories.recording("video"),
                "title": "F",
                "captions": factories.document("C", "c.vtt", factories.CAPTIONS),
                "transcript": "",
            },
        ),
    ]
    m = factories.module(private, title="Private blocks", body=body)
    m.refresh_from_db()
    learner = signed_in_as(social_worker())
    r = page.request.get(doc.url)
    print("learner doc", doc.url, r.status)
    vid = [c for c in m.body if c.block_type == "video"][0]
    for part in ("file", "captions"):
        r = page.request.get(f"/module-media/{m.pk}/{vid.id}/{part}/")
        print("learner media", part, r.status)
    # Start from module 2
    course = factories.course(modules=3, title="Three", slug="three")
    mods = list(course.get_children().specific())
    page.goto(mods[1].url)
    page.locator("main").get_by_role("button", name="Start this course").click()
    page.wait_for_load_state()
    print("start from module 2 ->", page.url)
    # captions srclang on welsh page
    bc, bm, b = every_block_course()
    progress.enrol(learner, bc)
    page.goto(bm.url)
    print("track en", page.locator("track").evaluate("t => t.outerHTML"))
    from tests.browser.test_courses import in_welsh

    wm = factories.translate_to_welsh(bm, title="Cy", slug="cy-m", body=in_welsh(b))
    page.goto(wm.url)
    print("track cy", page.locator("track").evaluate("t => t.outerHTML"))
    # save reflection: where is the focus and scroll
    page.set_viewport_size({"width": 1280, "height": 600})
    page.goto(bm.url)
    page.locator("textarea").fill("hi")
    page.get_by_role("button", name="Save your reflection").click()
    page.wait_for_load_state()
    print(
        "after save url",
        page.url,
        "focus",
        page.evaluate("document.activeElement.className"),
        "scrollY",
        page.evaluate("scrollY"),
    )
    box = page.locator("textarea").bounding_box()
    print("textarea box", box)
    page.goto(f"/courses/?filtered=1")
    print(page.locator("main .cotrain-course-card").all_inner_texts())
