// 等保 level 3: sign out after 30 minutes without keyboard, mouse or touch input.
(function () {
  const idleMs = 30 * 60 * 1000;
  let timer;
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (document.getElementById("eg-signed-in")) {
        window.location.href = "/account/logout?reason=idle";
      }
    }, idleMs);
  }
  ["mousemove", "keydown", "touchstart", "scroll", "click"].forEach(function (e) {
    document.addEventListener(e, reset, { passive: true });
  });
  reset();
})();
