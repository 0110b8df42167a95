export { apiSpecification, existingStream } from './api-specification.js'
export type {
  ApiExpectation,
  ApiGiven,
  ApiOutcome,
  ApiRequest,
  ApiSpecificationOptions,
  ApiWhen,
  ExistingStream,
  ExpectedEvent,
} from './api-specification.js'
