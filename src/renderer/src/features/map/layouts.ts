/** The layouts' maths lives in core (the CLI and the image writers lay out the same way); the map imports it from here. */
export {
  LAYOUTS,
  concentricPositions,
  placeNewcomers,
  shoreOfSector,
  twoShoresPositions,
  type LayoutEdge,
  type LayoutName,
  type LayoutNode,
  type Point,
  type Shore,
} from '../../../../core/layout';
