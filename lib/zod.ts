import { z } from 'zod';

// MV3 extension pages forbid eval; zod's JIT compiles validators with `new Function`.
z.config({ jitless: true });

export { z };
