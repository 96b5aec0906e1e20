extension Charts {
    /// The CSS rules of every class the charts use: light colours by default, a dark block for
    /// `prefers-color-scheme: dark`, and a print block in black and grey where bands and health also differ
    /// by pattern (solid, diagonal lines, dots, outline) so they read without colour. Text is `currentColor`,
    /// so the charts follow the page's text colour. Every rule is scoped to `.okra-chart`.
    public static let stylesheet = """
    /* Okra charts */
    .okra-chart { display: block; width: 100%; height: auto; max-width: 30rem; overflow: visible; font-variant-numeric: tabular-nums; }
    .okra-chart.okra-chart-progress { max-width: 22rem; }
    .okra-chart text { fill: currentColor; }
    .okra-chart .okra-track { fill: #e2e4e8; }
    .okra-chart .okra-track.okra-track-empty { fill: none; stroke: currentColor; stroke-opacity: 0.4; stroke-dasharray: 4 3; }
    .okra-chart .okra-band-red, .okra-chart .okra-health-off-track { fill: #c62828; }
    .okra-chart .okra-band-yellow, .okra-chart .okra-health-at-risk { fill: #e0a000; }
    .okra-chart .okra-band-green, .okra-chart .okra-health-on-track, .okra-chart .okra-milestone-done { fill: #2e7d32; }
    .okra-chart .okra-band-none, .okra-chart .okra-health-dropped { fill: #9ea3a8; }
    .okra-chart .okra-health-done { fill: #1565c0; }
    .okra-chart .okra-expected { stroke: currentColor; stroke-width: 2; }
    .okra-chart .okra-grid { stroke: currentColor; stroke-opacity: 0.12; stroke-width: 1; }
    .okra-chart .okra-axis { stroke: currentColor; stroke-opacity: 0.55; stroke-width: 1; }
    .okra-chart .okra-ideal { stroke: #6b7280; stroke-width: 2; stroke-dasharray: 6 5; fill: none; }
    .okra-chart .okra-target { stroke: #2e7d32; stroke-width: 1.5; stroke-dasharray: 2 4; }
    .okra-chart .okra-target-label { fill: #2e7d32; }
    .okra-chart .okra-today { stroke: #c2185b; stroke-width: 1.5; }
    .okra-chart .okra-today-label { fill: #c2185b; }
    .okra-chart .okra-line { stroke: #1565c0; stroke-width: 2.5; fill: none; stroke-linejoin: round; stroke-linecap: round; }
    .okra-chart .okra-point { fill: #1565c0; }
    .okra-chart .okra-milestone-point { fill: currentColor; }
    .okra-chart .okra-point-open { fill: none; stroke: currentColor; stroke-width: 2; }
    .okra-chart .okra-confidence-low { fill: #c62828; }
    .okra-chart .okra-tick-label, .okra-chart .okra-confidence-name { fill-opacity: 0.85; }
    .okra-chart .okra-pattern-ink { fill: #000; stroke: #000; stroke-width: 1.5; }
    .okra-chart a { cursor: pointer; }
    .okra-chart a .okra-unit-name { text-decoration: underline; }
    .okra-chart a:hover .okra-hit { visibility: visible; fill: currentColor; fill-opacity: 0.07; }
    .okra-chart a:focus .okra-hit { visibility: visible; fill: none; stroke: currentColor; stroke-width: 2; }
    @media (prefers-color-scheme: dark) {
      .okra-chart .okra-track { fill: #3b3f45; }
      .okra-chart .okra-band-red, .okra-chart .okra-health-off-track { fill: #ef5350; }
      .okra-chart .okra-band-yellow, .okra-chart .okra-health-at-risk { fill: #fbc02d; }
      .okra-chart .okra-band-green, .okra-chart .okra-health-on-track, .okra-chart .okra-milestone-done { fill: #66bb6a; }
      .okra-chart .okra-band-none, .okra-chart .okra-health-dropped { fill: #8a8f96; }
      .okra-chart .okra-health-done { fill: #64b5f6; }
      .okra-chart .okra-ideal { stroke: #a0a6ad; }
      .okra-chart .okra-target { stroke: #81c784; }
      .okra-chart .okra-target-label { fill: #81c784; }
      .okra-chart .okra-today { stroke: #f48fb1; }
      .okra-chart .okra-today-label { fill: #f48fb1; }
      .okra-chart .okra-line { stroke: #64b5f6; }
      .okra-chart .okra-point { fill: #64b5f6; }
      .okra-chart .okra-milestone-point { fill: currentColor; }
      .okra-chart .okra-confidence-low { fill: #ef9a9a; }
    }
    @media print {
      .okra-chart { color: #000; break-inside: avoid; }
      .okra-chart .okra-track { fill: #fff; stroke: #000; stroke-width: 0.75; }
      .okra-chart .okra-track.okra-track-empty { fill: none; stroke: #000; stroke-opacity: 0.6; }
      .okra-chart .okra-band-green, .okra-chart .okra-health-on-track, .okra-chart .okra-milestone-done { fill: #333; stroke: #000; stroke-width: 0.75; }
      .okra-chart .okra-band-yellow, .okra-chart .okra-health-at-risk,
      .okra-chart .okra-band-red, .okra-chart .okra-health-off-track { fill: #fff; stroke: #000; stroke-width: 0.75; }
      .okra-chart .okra-health-done { fill: #999; stroke: #000; stroke-width: 0.75; }
      .okra-chart .okra-band-none, .okra-chart .okra-health-dropped { fill: #e6e6e6; stroke: #000; stroke-width: 0.75; stroke-dasharray: 2 2; }
      .okra-chart .okra-pattern { visibility: visible; }
      .okra-chart .okra-pattern-ink { fill: #000; stroke: #000; }
      .okra-chart .okra-expected { stroke: #000; }
      .okra-chart .okra-grid { stroke: #000; stroke-opacity: 0.15; }
      .okra-chart .okra-axis { stroke: #000; stroke-opacity: 1; }
      .okra-chart .okra-ideal { stroke: #666; }
      .okra-chart .okra-target { stroke: #000; }
      .okra-chart .okra-target-label, .okra-chart .okra-today-label, .okra-chart .okra-confidence-low { fill: #000; }
      .okra-chart .okra-today { stroke: #000; stroke-dasharray: 1 3; }
      .okra-chart .okra-line { stroke: #000; }
      .okra-chart .okra-point, .okra-chart .okra-milestone-point { fill: #000; }
      .okra-chart .okra-point-open { fill: #fff; stroke: #000; }
      .okra-chart a .okra-unit-name { text-decoration: none; }
    }
    """
}
