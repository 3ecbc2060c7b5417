"""Debian's chromium, headless, driven through its chromium-driver by PyPI selenium: what the browser
tests share."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def chromium(window="1400,1000"):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={window}"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
