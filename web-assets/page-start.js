// Injected by the worker after page.js, in the content script's world (content.js asks for it only once the page is
// idle). Notes how long the evaluation of page.js took, then runs its main (recognition, and the panel) in a task of
// its own, so that neither task holds the page for long. Once per document: should the worker inject page.js again
// (its answer lost while Chrome restarted it), the second copy stays inert and the first keeps the panel.
(function () {
  if (self.alismartPageStarted) {
    return;
  }
  self.alismartPageStarted = true;
  var began = typeof self.alismartPageBegan === 'number' ? self.alismartPageBegan : NaN;
  self.alismartPageMillis = performance.now() - began;
  var main = alismartPage;
  setTimeout(function () { try { main(); } catch (failure) { /* never into the page */ } }, 0);
})();
