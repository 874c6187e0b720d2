// Types of templates-inputs.mjs (plain JS so the freshness check needs no TypeScript loader).
export declare const ROOT: string;
export declare const TEMPLATE_DIR: string;
export declare const OUT_FILE: string;
export declare const HASH_PREFIX: string;
export declare function templateInputsHash(templateDir?: string): string;
export declare function templatesFresh(outFile?: string, templateDir?: string): boolean;
