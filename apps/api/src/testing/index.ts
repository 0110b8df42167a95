export { apiSpecification } from './api-specification.js'
export type {
  ApiSpecificationExpectation,
  ApiSpecificationOutcome,
  ApiSpecificationRequest,
  GivenApiEvent,
} from './api-specification.js'
