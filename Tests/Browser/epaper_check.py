"""Drives a digital-edition site in headless Chromium (Debian's chromium and chromium-driver, PyPI
selenium), from its files: opens the index, searches it, clicks the first page's thumbnail, clicks an article's hot
zone and reads the article page's headline; then clicks a jumped story's 下转 link and checks that the
next page opens on the story's continuation. Prints one JSON object; exits 1 with the reason on the
first failure.

usage: epaper_check.py SITE_FOLDER"""
import json
import pathlib
import sys

from headless import chromium
from selenium.webdriver.common.by import By

site = pathlib.Path(sys.argv[1]).resolve()
driver = chromium("1500,1100")
figures = {}


def fail(reason):
    print(json.dumps({**figures, "error": reason}, ensure_ascii=False))
    driver.quit()
    sys.exit(1)


try:
    driver.get((site / "index.html").as_uri())
    thumbnails = driver.find_elements(By.CSS_SELECTOR, "ol.pages a.page")
    figures["pages"] = len(thumbnails)
    if not thumbnails:
        fail("the index shows no pages")
    # The search box finds an article by a word of its text, from the files alone.
    driver.find_element(By.ID, "query").send_keys("疫情")
    figures["search_results"] = len(driver.find_elements(By.CSS_SELECTOR, "#results li"))
    if not figures["search_results"]:
        fail("searching the index for 疫情 finds nothing")
    thumbnails[0].click()
    if not driver.current_url.endswith("pages/p01.html"):
        fail(f"the first thumbnail opened {driver.current_url}")
    zones = driver.find_elements(By.CSS_SELECTOR, "a.zone")
    figures["zones"] = len(zones)
    if not zones:
        fail("the page view has no article hot zones")
    title = zones[0].find_element(By.TAG_NAME, "title").get_attribute("textContent")
    polygon = zones[0].find_element(By.TAG_NAME, "polygon")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", polygon)
    polygon.click()
    if "/articles/" not in driver.current_url:
        fail(f"clicking the hot zone of '{title}' opened {driver.current_url}")
    headline = driver.find_element(By.TAG_NAME, "h1").text.replace("\n", "")
    figures["article"] = headline
    if headline.replace(" ", "") != title.replace(" ", ""):
        fail(f"the article page's headline is '{headline}', the zone's '{title}'")
    driver.get((site / "pages" / "p01.html").as_uri())
    jumps = driver.find_elements(By.CSS_SELECTOR, "a.jump")
    figures["jumps"] = len(jumps)
    if not jumps:
        fail("page 1 shows no 下转 link")
    target = jumps[0].get_attribute("href").split("#")[1]
    jumps[0].click()
    if not driver.current_url.endswith(f"pages/p02.html#{target}"):
        fail(f"the 下转 link opened {driver.current_url}")
    if not driver.find_elements(By.ID, target):
        fail(f"page 2 has no hot zone '{target}' for the continuation")
    back = driver.find_elements(By.CSS_SELECTOR, f"a.jump[href='p01.html#{target}']")
    if not back:
        fail("the continuation on page 2 does not link back to page 1")
    figures["continuation"] = target
except Exception as error:  # a missing element or a browser failure: say which, as JSON
    fail(f"{type(error).__name__}: {error}")
driver.quit()
print(json.dumps(figures, ensure_ascii=False))
