/// The proof viewer `GET /` serves: one page of HTML, CSS and JavaScript, built into the binary so that
/// an install needs no other file and nothing is fetched from the network. It shows a page image
/// with the proof's findings drawn over it from `/proof.json` (crisp at any zoom), the pages of the
/// project and its editions as thumbnails, a block's report on click, the error instead of a stale
/// page, and reloads when an input file changes (`/api/events`, server-sent events).
enum ViewerPage {
    static let html = #"""
<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>Broadsheet proof</title>
<style>
  body { margin: 0; font: 13px/1.4 system-ui, "Noto Sans CJK SC", sans-serif; display: grid;
         grid-template-columns: 150px 1fr 300px; grid-template-rows: auto 1fr; height: 100vh; color: #222; }
  header { grid-column: 1 / 4; display: flex; gap: 10px; align-items: center; padding: 6px 10px;
           border-bottom: 1px solid #ccc; background: #f6f6f6; flex-wrap: wrap; }
  header label { white-space: nowrap; }
  #pages { overflow: auto; border-right: 1px solid #ccc; padding: 6px; }
  #pages figure { margin: 0 0 10px; cursor: pointer; text-align: center; }
  #pages figure.current img { outline: 3px solid #1b6ac9; }
  #pages img { width: 120px; border: 1px solid #bbb; background: #fff; }
  #pages figcaption { font-size: 11px; }
  #viewport { overflow: auto; background: #888; cursor: grab; position: relative; }
  #stage { position: relative; margin: 20px; display: inline-block; }
  #stage img { display: block; background: #fff; }
  #overlay { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
  #overlay .block { fill: transparent; stroke: #1b6ac9; stroke-width: 0.6; cursor: pointer; pointer-events: all; }
  #overlay .block.selected { fill: rgba(27, 106, 201, 0.12); stroke-width: 1.2; }
  #overlay text { font-size: 7px; fill: #1b6ac9; pointer-events: none; }
  #overlay .flag { fill: rgba(230, 120, 0, 0.25); stroke: #e67800; stroke-width: 0.4; }
  #overlay .overset { fill: #d00; } #overlay text.overset-text { fill: #fff; font-size: 6px; }
  #overlay .missing { fill: none; stroke: #d00; stroke-width: 0.8; }
  #overlay .lowres { fill: none; stroke: #d00; stroke-dasharray: 3 2; stroke-width: 1; }
  #overlay .typearea { fill: none; stroke: #0a0; stroke-width: 0.5; }
  #overlay .column { fill: rgba(0, 160, 0, 0.06); stroke: none; }
  #overlay .baseline { stroke: rgba(0, 120, 255, 0.35); stroke-width: 0.25; }
  #details { overflow: auto; border-left: 1px solid #ccc; padding: 8px; }
  #details dt { font-weight: bold; margin-top: 6px; }
  #details dd { margin: 0 0 0 8px; word-break: break-word; }
  #error { display: none; margin: 20px; padding: 12px; background: #fff0f0; border: 1px solid #d00; color: #900;
           white-space: pre-wrap; font-family: monospace; }
  #status { margin-left: auto; color: #555; }
</style>
</head>
<body>
<header>
  <strong>Broadsheet</strong>
  <span id="label"></span>
  <label><input type="checkbox" data-layer="typearea" checked> type area</label>
  <label><input type="checkbox" data-layer="column"> columns</label>
  <label><input type="checkbox" data-layer="baseline"> baselines</label>
  <label><input type="checkbox" data-layer="block" checked> blocks</label>
  <label><input type="checkbox" data-layer="flag" checked> flagged lines</label>
  <label><input type="checkbox" data-layer="overset" checked> overset</label>
  <label><input type="checkbox" data-layer="missing" checked> missing glyphs</label>
  <label><input type="checkbox" data-layer="lowres" checked> coarse photos</label>
  <button id="zoomOut">−</button><button id="zoomIn">+</button><button id="zoomFit">fit</button>
  <span id="status"></span>
</header>
<nav id="pages"></nav>
<div id="viewport"><div id="error"></div><div id="stage"><img id="page" alt=""><svg id="overlay" xmlns="http://www.w3.org/2000/svg"></svg></div></div>
<aside id="details"><p>Click a block to see its report.</p></aside>
<script>
"use strict";
const DPI = 100;
const state = { path: null, page: null, zoom: 1, report: null, selected: null, events: null, loads: 0 };
const $ = (id) => document.getElementById(id);
const svgNS = "http://www.w3.org/2000/svg";
const encodePath = (path) => path.split("/").map(encodeURIComponent).join("/");
const pageQuery = () => state.page === null ? "" : `page=${state.page + 1}&`;

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return { path: params.get("path"), page: params.has("page") ? Number(params.get("page")) - 1 : null };
}

async function loadPages() {
  const response = await fetch("/api/pages");
  const entries = await response.json();
  const nav = $("pages");
  nav.textContent = "";
  for (const entry of entries) {
    const count = entry.kind === "edition" ? entry.pages.length : 1;
    for (let index = 0; index < count; index++) {
      const page = entry.kind === "edition" ? index : null;
      const figure = document.createElement("figure");
      figure.dataset.path = entry.path;
      figure.dataset.page = page === null ? "" : String(page);
      const image = document.createElement("img");
      image.loading = "lazy";
      image.src = `/api/page/${encodePath(entry.path)}/thumbnail.png?${page === null ? "" : `page=${page + 1}&`}width=240`;
      const caption = document.createElement("figcaption");
      caption.textContent = (entry.title || entry.path) + (page === null ? "" : ` · 第${page + 1}版`);
      figure.append(image, caption);
      figure.addEventListener("click", () => { location.hash = `path=${entry.path}` + (page === null ? "" : `&page=${page + 1}`); });
      nav.append(figure);
    }
  }
  if (!state.path && entries.length) {
    const first = entries[0];
    location.hash = `path=${first.path}` + (first.kind === "edition" ? "&page=1" : "");
  }
  markCurrent();
}

function markCurrent() {
  for (const figure of $("pages").children) {
    const page = figure.dataset.page === "" ? null : Number(figure.dataset.page);
    figure.classList.toggle("current", figure.dataset.path === state.path && page === state.page);
  }
}

function showError(body) {
  const where = [body.file, body.line].filter((part) => part !== undefined && part !== null).join(":");
  $("error").textContent = (where ? where + ": " : "") + body.message;
  $("error").style.display = "block";
  $("stage").style.display = "none";
}

async function load() {
  if (!state.path) return;
  const load = ++state.loads;
  $("status").textContent = "rendering…";
  const base = `/api/page/${encodePath(state.path)}`;
  const response = await fetch(`${base}/proof.json?${pageQuery()}`, { cache: "no-store" });
  if (load !== state.loads) return;
  let body;
  try { body = await response.json(); } catch { body = { message: `${response.status} ${response.statusText}` }; }
  if (!response.ok) { showError(body); $("status").textContent = `error ${response.status}`; return; }
  state.report = body;
  const tag = response.headers.get("ETag") || String(Date.now());
  const image = $("page");
  await new Promise((resolve) => {
    image.onload = resolve;
    image.onerror = resolve;
    image.src = `${base}.png?${pageQuery()}dpi=${DPI}&allow=overset,underfill,missing-glyphs&v=${encodeURIComponent(tag)}`;
  });
  if (load !== state.loads) return;
  $("error").style.display = "none";
  $("stage").style.display = "inline-block";
  $("label").textContent = state.path + (state.page === null ? "" : ` · 第${state.page + 1}版`);
  applyZoom();
  drawOverlay();
  if (state.selected) showBlock(state.selected);
  $("status").textContent = `updated ${new Date().toLocaleTimeString()}`;
  document.body.dataset.loaded = String(load);
}

function rect(x, y, width, height, cls) {
  const element = document.createElementNS(svgNS, "rect");
  Object.entries({ x, y, width, height }).forEach(([key, value]) => element.setAttribute(key, value));
  element.setAttribute("class", cls);
  return element;
}

function text(x, y, content, cls) {
  const element = document.createElementNS(svgNS, "text");
  element.setAttribute("x", x);
  element.setAttribute("y", y);
  if (cls) element.setAttribute("class", cls);
  element.textContent = content;
  return element;
}

function layer(name) {
  const group = document.createElementNS(svgNS, "g");
  group.dataset.layer = name;
  const box = document.querySelector(`input[data-layer="${name}"]`);
  group.style.display = box && box.checked ? "" : "none";
  $("overlay").append(group);
  return group;
}

function drawOverlay() {
  const svg = $("overlay");
  const image = $("page");
  const width = image.naturalWidth * 72 / DPI, height = image.naturalHeight * 72 / DPI;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.textContent = "";
  const proof = state.report.proof || {};
  const [ax, ay, aw, ah] = proof.type_area_pt || [0, 0, 0, 0];
  layer("typearea").append(rect(ax, ay, aw, ah, "typearea"));
  const columns = layer("column");
  for (const [left, right] of proof.columns_pt || []) columns.append(rect(left, ay, right - left, ah, "column"));
  const baselines = layer("baseline");
  for (const y of proof.baselines_pt || []) {
    const line = document.createElementNS(svgNS, "line");
    Object.entries({ x1: ax, x2: ax + aw, y1: y, y2: y }).forEach(([key, value]) => line.setAttribute(key, value));
    line.setAttribute("class", "baseline");
    baselines.append(line);
  }
  const blocks = layer("block");
  for (const block of state.report.blocks || []) {
    const [x, y, w, h] = block.rect_pt;
    const outline = rect(x, y, w, h, "block" + (state.selected === block.name ? " selected" : ""));
    outline.dataset.block = block.name;
    outline.addEventListener("click", (event) => { event.stopPropagation(); showBlock(block.name); });
    blocks.append(outline, text(x + 1, y + 7, block.name));
  }
  const flags = layer("flag");
  for (const flag of proof.flagged_lines || []) {
    const [x, y, w, h] = flag.rect_pt;
    const mark = rect(x, y, w, h, "flag");
    const title = document.createElementNS(svgNS, "title");
    title.textContent = (flag.reasons || []).join(", ");
    mark.append(title);
    flags.append(mark);
  }
  const overset = layer("overset");
  for (const block of proof.blocks || []) {
    if (!block.overset_characters) continue;
    const [x, y, w, h] = block.rect_pt;
    overset.append(rect(x + w - 48, y + h - 10, 48, 10, "overset"), text(x + w - 46, y + h - 3, `溢排 +${block.overset_characters} 字`, "overset-text"));
  }
  const missing = layer("missing");
  for (const [x, y, w, h] of proof.missing_glyphs_pt || []) missing.append(rect(x, y, w, h, "missing"));
  const lowres = layer("lowres");
  for (const image of proof.low_resolution_images || []) {
    const [x, y, w, h] = image.rect_pt;
    lowres.append(rect(x, y, w, h, "lowres"), text(x + 2, y + 9, `${Math.round(image.ppi)} ppi`));
  }
}

function showBlock(name) {
  state.selected = name;
  for (const outline of document.querySelectorAll("#overlay .block")) outline.classList.toggle("selected", outline.dataset.block === name);
  const block = (state.report.blocks || []).find((candidate) => candidate.name === name);
  const details = $("details");
  details.textContent = "";
  if (!block) return;
  const heading = document.createElement("h3");
  heading.textContent = block.name;
  const list = document.createElement("dl");
  const rows = [["kind", block.kind], ["placement", block.placement || "placed by hand"],
    ["characters placed", block.placed_characters], ["overset", block.overset_characters], ["jumped", block.jumped_characters],
    ["lines per column", (block.lines_per_column || []).join(" / ")], ["flagged lines", (block.flagged_lines || []).length]];
  for (const [term, value] of rows) {
    if (value === undefined || value === "") continue;
    const dt = document.createElement("dt"); dt.textContent = term;
    const dd = document.createElement("dd"); dd.textContent = String(value);
    list.append(dt, dd);
  }
  details.append(heading, list);
  details.dataset.block = name;
}

function applyZoom() {
  const image = $("page");
  image.style.width = `${image.naturalWidth * state.zoom}px`;
}

function fit() {
  const image = $("page");
  if (!image.naturalWidth) return;
  state.zoom = Math.max(0.1, ($("viewport").clientWidth - 40) / image.naturalWidth);
  applyZoom();
}

function listen() {
  if (state.events) state.events.close();
  if (!state.path) return;
  state.events = new EventSource(`/api/events?page=${encodeURIComponent(state.path)}`);
  state.events.addEventListener("changed", () => load());
}

function route() {
  const { path, page } = readHash();
  const changed = path !== state.path || page !== state.page;
  state.path = path;
  state.page = page;
  markCurrent();
  if (changed) { state.selected = null; $("details").textContent = ""; listen(); load(); }
}

for (const box of document.querySelectorAll("input[data-layer]")) {
  box.addEventListener("change", () => {
    for (const group of document.querySelectorAll(`#overlay g[data-layer="${box.dataset.layer}"]`)) group.style.display = box.checked ? "" : "none";
  });
}
$("zoomIn").addEventListener("click", () => { state.zoom *= 1.25; applyZoom(); });
$("zoomOut").addEventListener("click", () => { state.zoom /= 1.25; applyZoom(); });
$("zoomFit").addEventListener("click", fit);
$("viewport").addEventListener("wheel", (event) => {
  if (!event.ctrlKey) return;
  event.preventDefault();
  state.zoom *= event.deltaY < 0 ? 1.1 : 1 / 1.1;
  applyZoom();
}, { passive: false });
let drag = null;
$("viewport").addEventListener("mousedown", (event) => { drag = { x: event.clientX, y: event.clientY, left: $("viewport").scrollLeft, top: $("viewport").scrollTop }; });
window.addEventListener("mouseup", () => { drag = null; });
window.addEventListener("mousemove", (event) => {
  if (!drag) return;
  $("viewport").scrollLeft = drag.left - (event.clientX - drag.x);
  $("viewport").scrollTop = drag.top - (event.clientY - drag.y);
});
window.addEventListener("hashchange", route);
route();
loadPages();
</script>
</body>
</html>
"""#
}
