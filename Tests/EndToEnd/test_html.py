"""The explorer page (render --html) driven by headless Chromium through selenium: search by a
misspelt Latin name, the node's evidence in the panel, a relation highlighted, a filter applied,
a screenshot that is not blank. No network: the page is opened from a file."""
import os
import shutil

import pytest

from conftest import run

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not os.path.exists(CHROMEDRIVER):
        pytest.skip("needs chromedriver (Debian chromium-driver)")
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(a)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_the_page_finds_shows_filters_and_draws(samples_graph, tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    page = tmp_path / "g.html"
    run("render", "--html", "--in", samples_graph, "--out", page)
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html.split("<svg", 1)[0] and "https://cdn" not in html and "<script src" not in html
    browser.get(page.as_uri())
    box = browser.find_element(By.ID, "search")
    box.send_keys("Tuskk", Keys.ENTER)
    assert browser.find_element(By.ID, "pname").text == "Дональд Туск"
    panel = browser.find_element(By.ID, "panel").text
    assert "leaderOf Польща" in panel and "провів переговори з президентом України" in panel and "02_diplomacy.txt" in panel
    box.clear()
    box.send_keys("Зеленського", Keys.ENTER)  # an inflected form the text wrote is found too
    assert browser.find_element(By.ID, "found").text in ("Володимир Зеленський", "closest: Володимир Зеленський")
    browser.execute_script("document.getElementById('https://graphbuild.dev/entity/person/donald-tusk').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    browser.find_element(By.CSS_SELECTOR, "#panel .rel").click()
    assert browser.execute_script("return document.querySelectorAll('g.edge.hl').length") == 1
    edges = browser.execute_script("return document.querySelectorAll('g.edge:not(.hidden)').length")
    for cb in browser.find_elements(By.CSS_SELECTOR, "#relfilter input"):
        if cb.get_attribute("value") == "leaderOf":
            cb.click()
    hidden = browser.execute_script("return document.querySelectorAll('g.edge.hidden').length")
    assert hidden >= 1 and browser.execute_script("return document.querySelectorAll('g.edge:not(.hidden)').length") == edges - hidden
    assert "Timeline" in browser.find_element(By.ID, "timeline").text
    shot = tmp_path / "shot.png"
    browser.save_screenshot(str(shot))
    from PIL import Image
    img = Image.open(shot).convert("L")
    assert len(set(img.getdata())) > 10  # not blank
