export const benchmarks: string[] = [];
