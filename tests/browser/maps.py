"""What the Leaflet maps (places list, problem report) must pass: a readable attribution."""

from tests.browser.axe import axe_results

#: The attribution link as a reader sees it: underlined (not told apart by colour alone) and
#: with text contrast of at least 4.5:1 against the attribution's background.
ATTRIBUTION_LINK_STYLE = """link => {
  const rgb = value => value.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  let box = link;
  const clear = element => {
    const colour = getComputedStyle(element).backgroundColor.replace(/\\s/g, "");
    return /rgba\\(.*,0\\)|transparent/.test(colour);
  };
  while (box && clear(box)) box = box.parentElement;
  const style = getComputedStyle(box);
  const background = rgb(style.backgroundColor);
  const alpha = (style.backgroundColor.match(/[\\d.]+/g)[3] ?? "1") * 1;
  const [a, b] = [luminance(rgb(getComputedStyle(link).color)), luminance(background)];
  return {
    underlined: getComputedStyle(link).textDecorationLine.includes("underline"),
    contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    opaque: alpha === 1,
  };
}"""


def assert_map_attribution_is_readable(page):
    links = page.locator(".leaflet-control-attribution a")
    assert links.count() >= 1  # at least Leaflet's own
    for link in links.all():
        style = link.evaluate(ATTRIBUTION_LINK_STYLE)
        assert style["underlined"], link.inner_text()
        assert style["opaque"] and style["contrast"] >= 4.5, (link.inner_text(), style)
    results = axe_results(page, options={"runOnly": ["link-in-text-block", "color-contrast", "target-size"]})
    assert results.violations_count == 0, results.generate_report()
