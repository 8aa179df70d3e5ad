export { meta } from './meta';
export { opportunities } from './opportunities';
export { regions } from './regions';
export { twinnings } from './twinnings';
