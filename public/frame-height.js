// Survey pages shown in another website's frame (the share page's embed
// code) tell that page how tall they are, so the frame fits without a scroll
// bar. Outside a frame this does nothing. Only a number is sent, so any
// page may hear it; the embed code accepts it only from this site's frame.
(function () {
  if (window.parent === window) return;
  var root = document.documentElement;
  root.classList.add('framed');
  var last = 0;
  function report() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ tailspinHeight: height }, '*');
    }
  }
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(root);
  addEventListener('load', report);
  report();
})();
