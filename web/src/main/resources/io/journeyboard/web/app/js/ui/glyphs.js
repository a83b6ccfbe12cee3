// Small stroke icons drawn as inline SVG (24×24 grid), one per channel plus the map's markers.

import { svg } from '../dom.js';

const PATHS = {
  web: ['M3 12h18', 'M12 3a14 14 0 0 1 0 18', 'M12 3a14 14 0 0 0 0 18', 'circle:12,12,9'],
  app: ['rect:7,2,10,20,2', 'M11 18h2'],
  store: ['M3 9l1.5-5h15L21 9', 'M4 9v11h16V9', 'M3 9h18', 'M10 20v-6h4v6'],
  phone: ['M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2'],
  email: ['rect:3,5,18,14,2', 'M3 7l9 6 9-6'],
  chat: ['M4 5h16v11H9l-5 4z'],
  social: ['circle:6,12,2.5', 'circle:18,6,2.5', 'circle:18,18,2.5', 'M8.2 10.8l7.6-3.6', 'M8.2 13.2l7.6 3.6'],
  mail: ['M4 10h16v10H4z', 'M4 10l4-6h8l4 6', 'M9 14h6'],
  in_person: ['circle:12,7,4', 'M4 21a8 8 0 0 1 16 0'],
  sms: ['rect:3,4,18,13,3', 'M8 21l3-4', 'M8 10h.01', 'M12 10h.01', 'M16 10h.01'],
  kiosk: ['rect:6,2,12,13,1', 'M9 19h6', 'M12 15v4', 'M8 22h8'],
  advertising: ['M3 10v4h3l8 5V5L6 10z', 'M18 9a4 4 0 0 1 0 6'],
  partner: ['M2 12l5-5 5 3 5-3 5 5', 'M7 13l4 4a1.5 1.5 0 0 0 2 0l4-4'],
  other: ['circle:12,12,9', 'M8 12h.01', 'M12 12h.01', 'M16 12h.01'],
  star: ['M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z'],
  spark: ['M12 3v4', 'M12 17v4', 'M3 12h4', 'M17 12h4', 'M6 6l2.5 2.5', 'M15.5 15.5L18 18', 'M6 18l2.5-2.5', 'M15.5 8.5L18 6'],
  alert: ['M12 3l10 18H2z', 'M12 10v5', 'M12 18h.01'],
  bulb: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3'],
  link: ['M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1', 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'],
  clip: ['M20 11l-8.5 8.5a5 5 0 0 1-7-7L13 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L14 7'],
  lines: ['M5 6h14', 'M5 11h14', 'M5 16h9'],
  comment: ['M4 5h16v11H9l-5 4z', 'M8 9h8', 'M8 12h5'],
  plus: ['M12 5v14', 'M5 12h14'],
  grip: ['M9 6h.01', 'M15 6h.01', 'M9 12h.01', 'M15 12h.01', 'M9 18h.01', 'M15 18h.01'],
  more: ['M5 12h.01', 'M12 12h.01', 'M19 12h.01'],
  undo: ['M9 14L4 9l5-5', 'M4 9h11a5 5 0 0 1 0 10h-3'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9a5 5 0 0 0 0 10h3'],
  gauge: ['M4 18a8 8 0 1 1 16 0', 'M12 18l4-6'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
};

/** An aria-hidden icon; name is a channel (web, in_person…) or a marker (star, alert…). */
export function glyph(name, size = 16, className = 'glyph') {
  const icon = svg('svg', {
    class: className, width: size, height: size, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor',
    'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false',
  });
  for (const part of PATHS[name] || PATHS.other) {
    const [shape, args] = part.split(':');
    if (shape === 'circle') {
      const [cx, cy, r] = args.split(',');
      icon.append(svg('circle', { cx, cy, r }));
    } else if (shape === 'rect') {
      const [x, y, width, height, rx] = args.split(',');
      icon.append(svg('rect', { x, y, width, height, rx }));
    } else {
      icon.append(svg('path', { d: part }));
    }
  }
  return icon;
}
