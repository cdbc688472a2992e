// Charting pages: live LATCH total and milk transfer on the consultation form, and the report's
// Print button. Everything here is a convenience: the server computes and shows the same values.
(function () {
  "use strict";

  var LATCH = ["latchLatch", "latchAudible", "latchNipple", "latchComfort", "latchHold"];

  function checkedValue(form, name) {
    var checked = form.querySelector("input[name='" + name + "']:checked");
    return checked ? checked.value : "";
  }

  function updateLatch(form, output) {
    var total = 0;
    for (var i = 0; i < LATCH.length; i++) {
      var value = checkedValue(form, LATCH[i]);
      if (!/^[0-2]$/.test(value)) {
        output.textContent = output.getAttribute("data-incomplete") || "not all items scored";
        return;
      }
      total += Number(value);
    }
    output.textContent = total + " / 10";
  }

  function updateTransfer(form, output) {
    var pre = form.querySelector("#preFeedWeightGrams").value.trim();
    var post = form.querySelector("#postFeedWeightGrams").value.trim();
    if (/^\d+$/.test(pre) && /^\d+$/.test(post)) {
      var ml = Number(post) - Number(pre);
      // no gain (or a loss) is no measurable transfer: the scale or the weighing is off, weigh again
      output.textContent = ml > 0 ? ml + " ml" : output.getAttribute("data-none");
    } else {
      output.textContent = output.getAttribute("data-incomplete") || "enter both weights";
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.charting");
    if (form) {
      var latch = document.getElementById("latch-total");
      var transfer = document.getElementById("milk-transfer");
      form.addEventListener("change", function () { updateLatch(form, latch); });
      form.addEventListener("input", function () { updateTransfer(form, transfer); });
    }
    var print = document.querySelector("[data-print]");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
  });
})();
