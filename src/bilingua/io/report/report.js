(function () {
  "use strict";
  // Reads the page's own markup only; document text is never parsed as HTML (textContent).
  var findings = Array.prototype.slice.call(document.querySelectorAll("#findings-list a[data-f]"));
  var pairs = Array.prototype.slice.call(document.querySelectorAll("section.pair"));
  var status = document.getElementById("status");
  var info = document.getElementById("wordinfo");
  var at = { finding: -1, pair: -1 };
  var selected = null;

  function each(selector, root, action) {
    var found = (root || document).querySelectorAll(selector);
    for (var i = 0; i < found.length; i++) action(found[i]);
  }
  function unmark(name) {
    each("." + name, document, function (el) { el.classList.remove(name); });
  }
  function say(text) {
    if (!status) return;
    status.textContent = text;
    status.hidden = !text;
  }

  function showPair(index, scroll) {
    if (!pairs.length) return;
    at.pair = Math.max(0, Math.min(pairs.length - 1, index));
    unmark("current");
    at.finding = -1;
    pairs[at.pair].classList.add("current");
    if (scroll) pairs[at.pair].scrollIntoView({ block: "start" });
    say("pair " + (at.pair + 1) + " / " + pairs.length);
  }

  function showFinding(index) {
    if (!findings.length) return;
    at.finding = Math.max(0, Math.min(findings.length - 1, index));
    var link = findings[at.finding];
    var key = link.getAttribute("data-f");
    unmark("current");
    link.classList.add("current");
    each('[data-f="' + key + '"]', document, function (el) { el.classList.add("current"); });
    var note = document.getElementById("f" + key);
    if (note) {
      note.scrollIntoView({ block: "center" });
      var pair = note.closest("section.pair");
      at.pair = pairs.indexOf(pair);
      if (pair) pair.classList.add("current");
    }
    var list = link.closest("ol");  // scroll the list only, not the page back up to it
    if (list) list.scrollTop = link.offsetTop - list.clientHeight / 2;
    say("finding " + (at.finding + 1) + " / " + findings.length);
  }

  function partners(word, on, name) {
    var pair = word.closest("section.pair");
    if (!pair) return;
    word.getAttribute("data-w").split(" ").forEach(function (key) {
      each('.w[data-w~="' + key + '"]', pair, function (el) { el.classList.toggle(name, on); });
    });
  }
  function explain(word) {
    if (!info) return;
    if (!word) { info.hidden = true; return; }
    info.textContent = "";
    var b = document.createElement("b");
    b.textContent = word.textContent;
    info.appendChild(b);
    var said = " " + (word.getAttribute("title") || "");
    var via = (word.getAttribute("data-via") || "").split(" ")[0];
    var meaning = via && document.querySelector('#legend [data-via="' + via + '"] span');
    if (meaning) said += " (" + meaning.textContent + ")";
    info.appendChild(document.createTextNode(said));
    info.hidden = false;
  }
  function select(word) {
    if (selected) partners(selected, false, "sel");
    selected = word;
    if (word) partners(word, true, "sel");
    explain(word);
  }

  document.addEventListener("mouseover", function (ev) {
    var word = ev.target.closest && ev.target.closest(".sbs .w");
    if (!word) return;
    partners(word, true, "hl");
    explain(word);
  });
  document.addEventListener("mouseout", function (ev) {
    var word = ev.target.closest && ev.target.closest(".sbs .w");
    if (!word) return;
    partners(word, false, "hl");
    explain(selected);
  });
  document.addEventListener("click", function (ev) {
    var word = ev.target.closest && ev.target.closest(".sbs .w");
    if (word) { select(word === selected ? null : word); return; }
    var link = ev.target.closest && ev.target.closest("#findings-list a[data-f]");
    if (link) { ev.preventDefault(); showFinding(findings.indexOf(link)); return; }
    if (!(ev.target.closest && ev.target.closest("a"))) select(null);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    switch (ev.key) {
      case "j": showFinding(at.finding + 1); break;
      case "k": showFinding(at.finding < 0 ? 0 : at.finding - 1); break;
      case "n": showPair(at.pair + 1, true); break;
      case "p": showPair(at.pair < 0 ? 0 : at.pair - 1, true); break;
      case "Escape": unmark("current"); select(null); say(""); at.finding = -1; break;
      default: return;
    }
    ev.preventDefault();
  });
})();
