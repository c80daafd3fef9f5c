"""End to end in a real headless Chromium (Debian's ``chromium``, driven by Playwright; no browser is ever
downloaded) against the real server (uvicorn on 127.0.0.1) over a real SQLite store (see test_api.py).

Screenshots are saved under test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_api import ENVOY, ROOT, copy_store, reading_room_template  # noqa: F401 (a fixture)
from tidings.store import Store

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
PASSWORD = "correct horse battery staple"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("chromium not installed (required in CI): apt-get install chromium")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(reading_room_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # noqa: F811
    """The reading room served by uvicorn in a thread on a free port; yields its base URL."""
    import uvicorn

    from tidings.web import create_app, hash_password

    store = Store.open(str(copy_store(reading_room_template, tmp_path_factory.mktemp("served"))))
    store.create_user("editor", hash_password(PASSWORD))
    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture
def page(chromium: Any, server: str) -> Iterator[Any]:
    context = chromium.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    yield tab
    context.close()
    assert problems == []  # no script errors and no Content-Security-Policy violations


def shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_filter_read_comment_and_moderate(page: Any) -> None:
    page.goto("/events")
    assert page.locator("table.events tbody tr").count() > 5
    shot(page, "01-events")

    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?type=CONSULT")  # the script leaves the empty fields out of the URL
    types = page.locator("table.events tbody span.type").all_inner_texts()
    assert types and set(types) == {"CONSULT"}
    shot(page, "02-events-filtered")

    page.locator(f'table.events a[href^="/articles/{ENVOY}"]').first.click()
    page.wait_for_url(f"**/articles/{ENVOY}*")
    assert page.locator("h1.headline").inner_text() == "Brazil's Foreign Minister Meets Ramaphosa In Pretoria"
    assert page.locator("mark.evidence").count() >= 3
    assert page.locator("mark.evidence a").first.get_attribute("href").startswith("/events/")
    related = page.locator("section.read-more a").all_inner_texts()
    assert related[0] == "Vieira Ends Southern Africa Tour In Maputo"
    assert page.locator("button.copy").is_visible()  # the copy button shows when scripts run
    shot(page, "03-article")

    page.fill("#comment", "A reader's note: <script>alert(1)</script> stays text.")
    page.fill("#name", "Reader One")
    page.fill("#email", "reader.one@example.org")
    page.click("form.reply button[type=submit]")
    page.wait_for_url("**comment=pending*")
    assert "Your comment is awaiting moderation." in page.locator("p.notice").inner_text()
    assert page.locator("li.comment").count() == 0
    shot(page, "04-comment-pending")

    page.goto("/admin/login")
    page.fill("#username", "editor")
    page.fill("#password", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url("**/admin")
    row = page.locator("table.moderation tr", has_text="A reader's note")
    assert row.count() == 1
    assert "reader.one@example.org" not in page.content()
    shot(page, "05-admin")
    row.locator("button.approve").click()
    page.wait_for_url("**/admin*")

    page.goto(f"/articles/{ENVOY}")
    comment = page.locator("li.comment")
    assert comment.count() == 1
    assert (
        comment.locator(".comment-body").inner_text()
        == "A reader's note: <script>alert(1)</script> stays text."
    )
    assert "Reader One" in comment.inner_text()
    page.locator("#comments").scroll_into_view_if_needed()
    shot(page, "06-comment-approved")


def test_event_actor_network_and_map_pages(page: Any) -> None:
    page.goto(f"/articles/{ENVOY}")
    page.locator("mark.evidence a").first.click()
    page.wait_for_url("**/events/e*")
    assert page.locator("table.fields").count() == 1
    assert page.locator("blockquote.context mark.evidence").count() >= 1
    shot(page, "07-event")

    page.locator("table.fields a[href^='/actors/']").first.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("dl.facts").count() == 1
    assert page.locator("table.counterparts tbody tr").count() >= 1
    shot(page, "08-actor")

    page.goto("/network")
    assert page.locator("figure.graph circle").count() >= 5
    assert page.locator("figure.graph line").count() >= 3
    shot(page, "09-network")

    page.goto("/map")
    assert page.locator("figure.map path").count() > 150  # the offline base map's countries
    assert page.locator("figure.map circle.place").count() >= 5
    shot(page, "10-map")


def test_reading_works_with_javascript_off(chromium: Any, server: str) -> None:
    context = chromium.new_context(
        base_url=server, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto("/events")
    page.fill("input[name=place]", "Tbilisi")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*place=Tbilisi*")
    assert page.locator("table.events tbody tr").count() >= 3
    page.goto(f"/articles/{ENVOY}")
    assert page.locator("mark.evidence").count() >= 3
    assert not page.locator("button.copy").is_visible()  # nothing that needs a script is offered
    shot(page, "11-article-no-javascript")
    context.close()
