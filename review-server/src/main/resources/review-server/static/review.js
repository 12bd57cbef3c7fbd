// Keyboard for the review pages: j/k next and previous, a approve, r reject, e edit. The forms work without it.
document.addEventListener("keydown", function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  var target = event.target;
  var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
  if (typing) {
    if (event.key === "Escape") {
      target.blur();
    }
    return;
  }
  var draft = document.querySelector("main.draft");
  var go = function (url) { if (url) { window.location.href = url; } };
  var queue = document.querySelector("table.drafts");
  if (!draft) {
    if (event.key === "j" && queue) {
      go(queue.getAttribute("data-first"));
    }
    return;
  }
  switch (event.key) {
    case "j": go(draft.getAttribute("data-next")); break;
    case "k": go(draft.getAttribute("data-previous")); break;
    case "a": document.getElementById("approve-form").submit(); break;
    case "r": event.preventDefault(); document.getElementById("note").focus(); break;
    case "e":
      var edit = document.getElementById("edit-form");
      if (edit) { edit.submit(); } else { event.preventDefault(); document.getElementById("markdown").focus(); }
      break;
    default: return;
  }
});
