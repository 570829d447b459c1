import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract.js';

/** The handler table: one function per method of the contract, given parsed, validated input. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};
