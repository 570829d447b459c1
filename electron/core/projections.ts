import { actorProjection } from './actors/projection.js';
import { boardProjection } from './boards/projection.js';
import { journalProjection } from './journal/projection.js';
import { layerProjection } from './map/layer-projection.js';
import { featureProjection } from './map/projection.js';
import { messageProjection } from './messages/projection.js';
import { reportProjection } from './reports/projection.js';
import { warningProjection } from './warnings/projection.js';
import { wallProjection } from './wall/projection.js';
import { Projections } from './record/projections.js';

/** Every capability's projection: add one line per capability. */
export const PROJECTIONS = new Projections([boardProjection, journalProjection, actorProjection, featureProjection, layerProjection, messageProjection, warningProjection, reportProjection, wallProjection]);
