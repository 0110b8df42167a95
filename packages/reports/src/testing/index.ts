export { additiveFigures, summedFigures } from './additive-figures.js'
