export declare const buildServer: (options?: { outdir?: string }) => Promise<string>
