import type { Experimental_DefaultFormStateBehavior } from '@rjsf/utils';

/**
 * How RJSF fills in defaults for tenant forms. An option set's choices are a `oneOf` of `const`s, and
 * RJSF's default takes the first `const` as the field's value: a select would start on its first
 * option (and a conditional field behind it would show) though nobody chose it. Only `default` counts.
 */
export const defaultFormStateBehavior: Experimental_DefaultFormStateBehavior = { constAsDefaults: 'skipOneOf' };
