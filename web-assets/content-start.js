// Listed after content.js in the manifest. What the page pays at load is the evaluation of content.js alone, noted
// here; its main (the hover button, the URL check) runs when the page is next idle, within a second at the latest.
self.alismartLoadMillis = performance.now() - self.alismartLoadBegan;
(function () {
  var start = function () {
    var began = performance.now();
    try { alismartContent(); } catch (failure) { /* never into the page */ }
    self.alismartMainMillis = performance.now() - began;
  };
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(start, {timeout: 1000});
  } else {
    setTimeout(start, 0);
  }
})();
