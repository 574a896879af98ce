// enligt article page: click (or Enter on) a highlight or a side-panel attribution to see its via chain.
// Only server-rendered, already-escaped nodes are cloned; no page text is ever set as HTML.
(function () {
  "use strict";
  function ids(el) { return (el.getAttribute("data-a") || "").split(" ").filter(Boolean); }
  function select(id) {
    var item = document.getElementById("a-" + id);
    var detail = document.getElementById("detail");
    var body = document.getElementById("detail-body");
    if (!item || !detail || !body) { return; }
    document.querySelectorAll("li.att.active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll(".hl.sel").forEach(function (el) { el.classList.remove("sel"); });
    item.classList.add("active");
    document.querySelectorAll(".doc .hl[data-a]").forEach(function (el) {
      if (ids(el).indexOf(id) !== -1) { el.classList.add("sel"); }
    });
    body.replaceChildren();
    var title = document.createElement("strong");
    title.textContent = "Attribution " + (Number(id) + 1);
    body.appendChild(title);
    ["att-head", "att-claim", "via"].forEach(function (cls) {
      var part = item.querySelector("." + cls);
      if (part) { body.appendChild(part.cloneNode(true)); }
    });
    detail.hidden = false;
    detail.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("click", function (ev) {
    var target = ev.target instanceof Element ? ev.target.closest("[data-a]") : null;
    if (ev.target instanceof Element && ev.target.id === "detail-close") {
      document.getElementById("detail").hidden = true;
      return;
    }
    if (!target || !(target.closest(".doc") || target.closest(".panel"))) { return; }
    var first = ids(target)[0];
    if (first !== undefined) { ev.preventDefault(); select(first); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target instanceof Element && ev.target.matches("li.att[data-a]")) {
      select(ids(ev.target)[0]);
    }
  });
})();
