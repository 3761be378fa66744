from concurrent.futures import ThreadPoolExecutor
import time

def fetch(url):
    time.sleep(1)
    return f"data from {url}"

with ThreadPoolExecutor() as executor:
    results = list(executor.map(fetch, ["/a", "/b", "/c"]))

assert len(results) == 3
