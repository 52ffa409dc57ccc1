import cytoscape, { type Core } from 'cytoscape';
import { CanvasFollow } from './canvas-follow';
import { EdgeLayer } from './edge-layer';
import { quickFirstStyle } from './first-style';
import { HitIndex } from './hit-index';
import { MapLabels } from './map-labels';
import type { TieState } from './plain-ties';
import { LARGE_MIN_FONT, mapStyle } from './map-style';


/**
 * A hardware WebGL 2 context. A software one (SwiftShader, llvmpipe: a machine or VM without a
 * usable GPU) rasterises on the CPU, and there cytoscape's WebGL renderer takes seconds per
 * redraw of a few thousand elements where the 2D canvas takes milliseconds.
 */
export function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/** A cytoscape instance and the drawing aids made for it. */
export interface MapInstance {
  cy: Core;
  /** finds what is under the pointer on a large canvas map; null where cytoscape does */
  hits: HitIndex | null;
  /** draws a large canvas map's ties, which are then no cytoscape elements (plain-ties.ts); null where cytoscape does */
  edgeLayer: EdgeLayer | null;
  labels: MapLabels;
  destroy(): void;
}

/**
 * Makes the map's cytoscape instance. A large network gets cheap redraws while the user pans
 * and zooms, a quick first styling, and WebGL where the machine has it in hardware; without, its
 * own grid for finding what is under the pointer, its ties kept out of cytoscape and drawn by a
 * layer of its own, and its picture moved rather than drawn again while the view moves.
 * `data-renderer`, `data-hit-index` and `data-edge-layer` on the map say which.
 */
export function createMapInstance(container: HTMLElement, large: boolean, tieState: () => TieState): MapInstance {
  const webgl = large && webglAvailable();
  const cy = cytoscape({
    container,
    style: mapStyle(large),
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // large networks: cheap redraws while the user pans and zooms (on the canvas, canvas-follow.ts
    // moves the last picture instead of drawing it again)
    ...(large ? { hideEdgesOnViewport: !webgl, pixelRatio: 1 } : {}),
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  container.dataset['renderer'] = webgl ? 'webgl' : 'canvas';
  const undoFirstStyle = large ? quickFirstStyle(cy) : null;
  // the WebGL renderer picks on the GPU; the canvas one would test every element per mouse move
  const hits = large && !webgl ? new HitIndex(cy) : null;
  container.dataset['hitIndex'] = hits ? 'grid' : 'cytoscape';
  // the canvas renderer strokes tie by tie; the large map keeps its ties and draws them in batches itself
  const edgeLayer = large && !webgl ? new EdgeLayer(cy, container, tieState) : null;
  const follow = large && !webgl ? new CanvasFollow(cy) : null;
  const labels = new MapLabels(cy, container, large ? LARGE_MIN_FONT : 0);
  container.dataset['edgeLayer'] = String(edgeLayer !== null);
  return {
    cy,
    hits,
    edgeLayer,
    labels,
    destroy() {
      labels.destroy();
      follow?.destroy();
      undoFirstStyle?.();
      hits?.destroy();
      edgeLayer?.destroy();
      cy.destroy();
    },
  };
}
