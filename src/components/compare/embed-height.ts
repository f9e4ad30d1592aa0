// An embedded chart tells the page around it its height (the message embed/resize.js listens for), now and on
// every resize.

export function reportEmbedHeight(chart: string): void {
  const post = () => {
    window.parent.postMessage(
      {
        type: 'chp-embed-height',
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        chart,
      },
      '*',
    );
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
