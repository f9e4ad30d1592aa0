/* County health plans: keeps embedded charts (iframe[data-chp-embed]) as tall as their content.
   The chart page posts {type: 'chp-embed-height', height, chart}; only a message from the iframe's own window
   and origin is believed. Safe to include more than once. */
(function () {
  if (window.__chpEmbedResize) return;
  window.__chpEmbedResize = true;
  window.addEventListener('message', function (event) {
    var d = event.data;
    if (!d || d.type !== 'chp-embed-height' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    var frames = document.querySelectorAll('iframe[data-chp-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        continue;
      }
      if (origin !== event.origin) continue;
      var h = Math.max(80, Math.min(20000, Math.ceil(d.height)));
      frame.style.height = h + 'px';
      frame.setAttribute('height', String(h));
      frame.setAttribute('data-chp-height', String(h));
    }
  });
})();
