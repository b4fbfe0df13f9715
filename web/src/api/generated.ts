/**
 * The admin API's types, generated from its OpenAPI document by `pnpm api-types`
 * (server/src/api/api-types.ts). Do not edit: change the route schemas and run it again.
 */
export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in: sets the rf_session cookie and returns the CSRF token
         * @description After 5 failed attempts for one e-mail within 15 minutes (20 from one client address), each further attempt must wait a delay that doubles, up to a minute: it is answered 429 with Retry-After. At 20 failures (100 per address) sign-in is locked for 15 minutes, until an owner unlocks it. A success clears the e-mail’s count. A session cookie sent along is ended.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example owner@example.com */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Logged in; the session cookie lasts 30 days (7 without use) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResult"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many failed attempts: wait for Retry-After seconds */
                429: {
                    headers: {
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in, and the CSRF token of the session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @enum {string} */
                            via: "session" | "token";
                            /** @description Null when called with an API token */
                            csrfToken: string | null;
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session and clear its cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (an owner sees everyone's); never the secrets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a token for automation; the secret is shown once, in this answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example CI */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The new token */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"] & {
                            /** @description Send as "Authorization: Bearer rf_..."; not shown again */
                            token: string;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a token: it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts (owner only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: components["schemas"]["ListedUser"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an admin or owner (owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                        /**
                         * @default admin
                         * @enum {string}
                         */
                        role?: "owner" | "admin";
                    };
                };
            };
            responses: {
                /** @description The new account; it can log in at once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an account, its sessions and its API tokens (owner only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an account's role (owner only); there is always at least one owner */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "owner" | "admin";
                    };
                };
            };
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List team members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Everyone, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: components["schemas"]["Member"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a team member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example alice */
                        id?: string;
                        /** @example Alice */
                        name: string;
                        /** @description E.164 numbers, sip: or client: addresses, rung together */
                        addresses: string[];
                        /**
                         * Format: date-time
                         * @description Do not disturb until this instant; null to clear
                         * @default null
                         * @example 2026-11-23T15:00:00Z
                         */
                        dndUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description The team member */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a team member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The team member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a team member no published flow rings */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a team member */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Alice */
                        name?: string;
                        /** @description E.164 numbers, sip: or client: addresses, rung together */
                        addresses?: string[];
                        /**
                         * Format: date-time
                         * @description Do not disturb until this instant; null to clear
                         * @example 2026-11-23T15:00:00Z
                         */
                        dndUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description The team member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/members/{id}/dnd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn do not disturb on for some minutes, or off */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 30, 60, 480 or any number of minutes; null ends do not disturb
                         * @example 60
                         */
                        minutes: number | null;
                    };
                };
            };
            responses: {
                /** @description The team member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List schedules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every schedule, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schedules: components["schemas"]["Schedule"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a schedule (id generated unless given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example alice */
                        id?: string;
                        name: string;
                        timeZone: string;
                        weekly: {
                            /** @default [] */
                            mon?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            tue?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            wed?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            thu?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            fri?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            sat?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            sun?: {
                                from: string;
                                to: string;
                            }[];
                        };
                        /** @default [] */
                        closures?: {
                            date: string;
                            until?: string;
                            name: string;
                        }[];
                        /** @default [] */
                        special?: {
                            date: string;
                            name?: string;
                            intervals: {
                                from: string;
                                to: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description The schedule */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a schedule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The schedule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace a schedule */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        weekly: {
                            /** @default [] */
                            mon?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            tue?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            wed?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            thu?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            fri?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            sat?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            sun?: {
                                from: string;
                                to: string;
                            }[];
                        };
                        /** @default [] */
                        closures?: {
                            date: string;
                            until?: string;
                            name: string;
                        }[];
                        /** @default [] */
                        special?: {
                            date: string;
                            name?: string;
                            intervals: {
                                from: string;
                                to: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description The schedule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a schedule no published flow or number uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open or closed now (or at `at`), why, and the next change */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The state at that instant */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScheduleStatus"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List phone numbers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every number */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            numbers: components["schemas"]["PhoneNumber"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a phone number and choose the flow that answers it (a published one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A phone number: E.164 (+14155550100), or the national format of the United States ((415) 555-0100), stored as E.164.
                         * @example +14155550100
                         */
                        number: string;
                        /** @example Main line */
                        name: string;
                        /**
                         * @description The flow that answers: one with a published revision (400 naming `flowId` otherwise); null for none
                         * @default null
                         */
                        flowId?: string | null;
                        /**
                         * @description Business hours for its texts
                         * @default null
                         */
                        scheduleId?: string | null;
                        /**
                         * @description Used as {{business.name}} in texts
                         * @default
                         */
                        businessName?: string;
                        /**
                         * @description Delete each voicemail recording at the provider once Ringflow has stored its copy (default false)
                         * @default false
                         */
                        deleteProviderRecordings?: boolean;
                    };
                };
            };
            responses: {
                /** @description The phone number */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumber"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a phone number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The phone number */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumber"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a phone number from Ringflow */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a phone number (e.g. point it at another flow) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A phone number: E.164 (+14155550100), or the national format of the United States ((415) 555-0100), stored as E.164.
                         * @example +14155550100
                         */
                        number?: string;
                        /** @example Main line */
                        name?: string;
                        /** @description The flow that answers: one with a published revision (400 naming `flowId` otherwise); null for none */
                        flowId?: string | null;
                        /** @description Business hours for its texts */
                        scheduleId?: string | null;
                        /** @description Used as {{business.name}} in texts */
                        businessName?: string;
                        /** @description Delete each voicemail recording at the provider once Ringflow has stored its copy (default false) */
                        deleteProviderRecordings?: boolean;
                    };
                };
            };
            responses: {
                /** @description The phone number */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumber"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/numbers/{id}/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flow and revision that answer a number, and the webhook addresses for Twilio */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The number's setup */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NumberSetup"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/auto-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A number's auto-reply rules and guards (the defaults when never set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The number's settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            settings: components["schemas"]["AutoReplySettings"];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace a number's auto-reply rules and guards
         * @description A rule left out or switched off stops at once: its texts still waiting (delayed) are cancelled.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AutoReplySettings"];
                };
            };
            responses: {
                /** @description The number's settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            settings: components["schemas"]["AutoReplySettings"];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/auto-replies/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one auto-reply; its texts still waiting are cancelled */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    ruleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/auto-reply-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A number's auto-reply decisions, newest first: each text sent or not, and why */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: components["schemas"]["AutoReplyDecision"][];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message log, newest first: texts received and sent, with their decisions */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    numberId?: string;
                    contact?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: components["schemas"]["Message"][];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text a contact from a number, as a team member
         * @description Sent through the outbox. It counts as a conversation: auto-replies to this contact wait for the conversation window.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example +14155550123 */
                        to: string;
                        /** @example Hi, returning your call: does 3 pm work? */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description The message, queued */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List flows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every flow, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flows: components["schemas"]["FlowSummary"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a flow (an empty draft unless a document is given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Main line */
                        name: string;
                        /** @description A flow document (schema FlowDocument; fields with defaults may be left out). Saved even with validator errors, but it must be readable as a flow: a 400 names the fields that are not. */
                        document?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description The flow: its draft, what the validator says about it, and what is published */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a flow with its draft and findings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The flow: its draft, what the validator says about it, and what is published */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a flow no phone number uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the draft (errors allowed; publishing checks them) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A flow document (schema FlowDocument; fields with defaults may be left out). Saved even with validator errors, but it must be readable as a flow: a 400 names the fields that are not. */
                        document: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description The flow: its draft, what the validator says about it, and what is published */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft as a new revision; new calls run it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        message?: string;
                        /** @description Publish even though some of the flow's scenarios fail against the draft */
                        confirmFailingScenarios?: boolean;
                    };
                };
            };
            responses: {
                /** @description The new published revision, with the warnings it was published with */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedRevision"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Some of the flow's scenarios fail against the draft; send `confirmFailingScenarios: true` to publish anyway */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScenariosFailing"];
                    };
                };
                /** @description Refused: the flow has errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishRefused"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published revisions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revisions: components["schemas"]["RevisionSummary"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its document, indented with a stable key order so two can be diffed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revision"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an earlier revision's document again as a new revision, and reset the draft to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 1 */
                        revision: number;
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description The new published revision, with the warnings it was published with */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedRevision"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Refused: the flow has errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishRefused"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flow's saved scenarios, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The scenarios */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scenarios: components["schemas"]["Scenario"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Save a scenario on the flow */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            responses: {
                /** @description The scenario, with its id */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/scenarios/{scenarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a scenario */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    scenarioId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            responses: {
                /** @description The scenario, with its id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a scenario */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    scenarioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/scenarios/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run every scenario of the flow against its draft or a revision, with today's schedules
         * @description Runs in a worker thread with a time limit (503 `flow_too_large` past it).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        target: "draft";
                    } | {
                        /** @enum {string} */
                        target: "revision";
                        revision: number;
                    };
                };
            };
            responses: {
                /** @description One result per scenario */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: components["schemas"]["ScenarioResult"][];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The flow is too large to finish this within the time limit, or too much flow work is waiting */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}/scenarios/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scenarios for every path through the draft at the given instants (not saved)
         * @description At most 200 scenarios, found within a work budget; past it `truncated` is true and `message` says "Too many paths: showing the first N." Runs in a worker thread with a time limit (503 `flow_too_large` past it).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example +14155550100 */
                        from?: string;
                        to?: string;
                        /** @description When the generated calls start; by default now, in 12 hours and next Saturday noon (UTC) */
                        instants?: string[];
                    };
                };
            };
            responses: {
                /** @description The scenarios, and whether the budget cut them short */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GeneratedScenarios"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The flow is too large to finish this within the time limit, or too much flow work is waiting */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/{id}/scenario": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A real call as a scenario: its caller, start, events and what it did */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The scenario, with its id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scenario"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call log, newest first, filtered by caller, number, outcome and days */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Only calls started before this instant (next page) */
                    before?: string;
                    /** @description Only calls from this caller's number */
                    from?: string;
                    outcome?: "answered" | "voicemail" | "missed" | "abandoned" | "blocked" | "failed" | "rejected";
                    /** @description Only calls to this phone number (its id, as `GET /numbers` lists it) */
                    numberId?: string;
                    /** @description Only calls started on this day (in `timeZone`); not with `fromDate`/`toDate` */
                    day?: string;
                    /** @description Only calls started on this day or later (in `timeZone`) */
                    fromDate?: string;
                    /** @description Only calls started on this day or earlier (in `timeZone`) */
                    toDate?: string;
                    /** @description The zone the dates are days in; UTC when left out */
                    timeZone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of calls */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calls: components["schemas"]["CallSummary"][];
                            /** @description Pass as `before` for the next page; null on the last */
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call with its trace and path */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The call */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voicemails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The voicemail inbox, newest first (deleted ones left out) */
        get: {
            parameters: {
                query?: {
                    numberId?: string;
                    status?: "new" | "handled";
                    /** @description `me`, or a user id */
                    assignee?: string;
                    /** @description Searched in transcripts and, by digits, in caller numbers ("555 0123") */
                    q?: string;
                    limit?: number;
                    /** @description Only voicemails left before this instant (next page) */
                    before?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of voicemails */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            voicemails: components["schemas"]["VoicemailSummary"][];
                            /** @description Pass as `before` for the next page; null on the last */
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voicemails/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many new voicemails the signed-in user has not opened */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voicemails/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a voicemail can be assigned to: every account, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voicemails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One voicemail with its comments and call */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The voicemail */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Voicemail"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete it: the audio file goes at once, and it leaves the inbox */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Mark it handled (or new again), or assign it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "new" | "handled";
                        /** @description A user id; null to unassign */
                        assigneeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description The voicemail */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Voicemail"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/voicemails/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark it opened by the signed-in user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked read */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Mark it unread again for the signed-in user */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked unread */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voicemails/{id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct the transcript (the engine stays named; who corrected it and when are kept) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description The voicemail */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Voicemail"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/voicemails/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description The comment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: components["schemas"]["VoicemailComment"];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voicemails/{id}/audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audio, with HTTP ranges (206) for seeking */
        get: {
            parameters: {
                query?: {
                    /** @description 1: as an attachment with a file name */
                    download?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The whole file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "audio/wav": string;
                        "audio/mpeg": string;
                    };
                };
                /** @description The range asked for */
                206: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "audio/wav": string;
                        "audio/mpeg": string;
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The range is outside the file (see Content-Range) */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every greeting, by name, with the flows that play it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The library */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            greetings: components["schemas"]["Greeting"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Upload (or keep a browser recording of) an MP3 or WAV greeting: at most 10 MB and 5 minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        name: string;
                        /**
                         * @description 'recording' for audio recorded in the browser
                         * @default upload
                         * @enum {string}
                         */
                        source?: "upload" | "recording";
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description The greeting */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Greeting"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is over 10 MB (refused before it is read whole) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One greeting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The greeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Greeting"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a greeting no published flow or draft plays */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename it, or change what a text-to-speech greeting says (a new version)
         * @description Sending the same text, voice and language again keeps the version and, when its synthesis failed (or Azure Speech was not set up then and is now), queues the synthesis again.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        text?: string;
                        /** @example en-US-JennyNeural */
                        voice?: string;
                        /** @example en-US */
                        language?: string;
                    };
                };
            };
            responses: {
                /** @description The greeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Greeting"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/greetings/tts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A greeting spoken from text, synthesised when a speech engine is set up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        text: string;
                        /** @example en-US-JennyNeural */
                        voice: string;
                        /** @example en-US */
                        language: string;
                    };
                };
            };
            responses: {
                /** @description The greeting */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Greeting"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/greetings/{id}/audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audio, with HTTP ranges (206) for seeking */
        get: {
            parameters: {
                query?: {
                    /** @description The version, so caches tell versions apart */
                    v?: string;
                    /** @description 1: as an attachment, named after the greeting */
                    download?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The whole file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "audio/wav": string;
                        "audio/mpeg": string;
                    };
                };
                /** @description The range asked for */
                206: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "audio/wav": string;
                        "audio/mpeg": string;
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The range is outside the file (see Content-Range) */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Replace the audio with another MP3 or WAV file (a new version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description The greeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Greeting"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is over 10 MB (refused before it is read whole) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which engine speaks prompts and transcribes voicemails */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The speech set-up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpeechStatus"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/speech/voices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The voices to pick from: Azure's when set up (cached for an hour), else Twilio's <Say> voices */
        get: {
            parameters: {
                query?: {
                    /** @description Only voices of this language */
                    language?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The voices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpeechVoices"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Azure Speech refused or did not answer */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the number's voicemails are transcribed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NumberSpeech"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set the number's transcription languages and profanity option */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NumberSpeech"];
                };
            };
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NumberSpeech"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/speech/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hear a say prompt as calls will: Azure's audio, synthesised now or from the cache */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SpeechPreviewRequest"];
                };
            };
            responses: {
                /** @description The audio to play */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpeechPreview"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Azure Speech is not set up: Twilio's <Say> speaks text, unheard here */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many previews synthesised lately; `Retry-After` says when */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Azure Speech refused, failed or did not answer */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your e-mail notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your e-mail notification choices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyNotifications"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Choose which events you are e-mailed about, for which numbers */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: {
                            "voicemail.new": boolean;
                            "call.missed": boolean;
                            "message.received": boolean;
                        };
                        /** @description The numbers to be told about; null for every number */
                        numberIds: string[] | null;
                    };
                };
            };
            responses: {
                /** @description Your e-mail notification choices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyNotifications"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A number's Slack notifications and their latest deliveries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The number's Slack channel */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NumberNotifications"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set a number's Slack incoming webhook and the events posted there */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slack: {
                            /**
                             * @description The Slack channel's incoming-webhook URL; null to stop posting
                             * @example https://crm.example.com/hooks/ringflow
                             */
                            url: string | null;
                            /**
                             * @example [
                             *       "voicemail.new",
                             *       "call.missed"
                             *     ]
                             */
                            events: ("voicemail.new" | "call.missed" | "message.received")[];
                        };
                    };
                };
            };
            responses: {
                /** @description The number's Slack channel */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NumberNotifications"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/numbers/{id}/notifications/slack/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a test message to the number's Slack channel now
         * @description Sent at once (10 s timeout) and logged as event type `test`; an unreachable URL is a failed delivery, not an error.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How the test went */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: components["schemas"]["NotificationDelivery"];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List outgoing webhook endpoints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhooks: components["schemas"]["WebhookEndpoint"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an endpoint; its signing secret is generated */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example https://crm.example.com/hooks/ringflow */
                        url: string;
                        /**
                         * @default
                         * @example CRM
                         */
                        description?: string;
                        /**
                         * @description Only this number’s events; null for every number
                         * @default null
                         */
                        numberId?: string | null;
                        /**
                         * @example [
                         *       "voicemail.new",
                         *       "call.missed"
                         *     ]
                         */
                        events: ("voicemail.new" | "call.missed" | "message.received")[];
                    };
                };
            };
            responses: {
                /** @description The webhook endpoint */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint; deliveries still waiting are not sent */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an endpoint, or pause it (active: false) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example https://crm.example.com/hooks/ringflow */
                        url?: string;
                        /** @example CRM */
                        description?: string;
                        /** @description Only this number’s events; null for every number */
                        numberId?: string | null;
                        /**
                         * @example [
                         *       "voicemail.new",
                         *       "call.missed"
                         *     ]
                         */
                        events?: ("voicemail.new" | "call.missed" | "message.received")[];
                        /** @description false pauses deliveries */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description The webhook endpoint */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed test event now
         * @description Sent at once, not through the outbox (10 s timeout), and logged as event type `test`; an unreachable URL is a failed delivery, not an error.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How the test delivery went */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: components["schemas"]["NotificationDelivery"];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's 50 newest delivery attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: components["schemas"]["NotificationDelivery"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, and failed sign-ins, newest first (owner only) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Entries older than this id (next page) */
                    before?: number;
                    /** @description One action, or a family ending in .* (auth.*) */
                    action?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["AuditEntry"][];
                            /** @description Pass as `before` for the next page; null on the last */
                            nextBefore: number | null;
                            /** @description Every action in the log, to filter by */
                            actions: string[];
                        };
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ins slowed or locked after failed attempts (owner only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Locked first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            locks: components["schemas"]["LoginLock"][];
                        };
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/locks/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlock: forget the failed attempts of an e-mail or address (owner only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unlocked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long voicemails, calls and texts are kept */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The retention periods and the last run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Retention"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set how long voicemails, calls and texts are kept (owner only)
         * @description The daily retention job deletes what is older, starting with its next run (at most 24 hours away, or when the server starts).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        voicemailDays: number | null;
                        callDays: number | null;
                        messageDays: number | null;
                    };
                };
            };
            responses: {
                /** @description The retention periods now in force */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Retention"];
                    };
                };
                /** @description Invalid input; `fields` names each problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the server still needs set up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each service the server talks to: ready, or what is missing */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Setup"];
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download all of the workspace's data as one ZIP archive (owner only)
         * @description Flows with every revision, calls with their traces, texts, auto-reply decisions, voicemails with their recordings, numbers, schedules, team members and accounts (no secrets), as CSV and JSON, with a README.txt. Streamed as it is written, from one consistent snapshot of the database (SQLite or PostgreSQL).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The archive, `ringflow-export-YYYY-MM-DD.zip` */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
                /** @description No valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing CSRF header, or not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @example invalid_request */
                code: string;
                /** @example addresses.0: Use an international number */
                message: string;
                /**
                 * @example [
                 *       {
                 *         "path": "addresses.0",
                 *         "message": "Use an international number"
                 *       }
                 *     ]
                 */
                fields?: {
                    path: string;
                    message: string;
                }[];
            };
        };
        LoginResult: {
            user: components["schemas"]["User"];
            /** @description Send it as X-CSRF-Token on every change */
            csrfToken: string;
        };
        User: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin";
            createdAt: string;
        };
        ApiToken: {
            id: string;
            name: string;
            userId: string;
            userName: string;
            createdAt: string;
            lastUsedAt: string | null;
        };
        ListedUser: components["schemas"]["User"] & {
            /** @description When the account last signed in with its password; null when not known */
            lastSignInAt: string | null;
        };
        Member: {
            id: string;
            name: string;
            addresses: string[];
            dndUntil: string | null;
            createdAt: string;
            updatedAt: string;
        };
        Schedule: {
            id: string;
            name: string;
            timeZone: string;
            weekly: {
                /** @default [] */
                mon: {
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                tue: {
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                wed: {
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                thu: {
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                fri: {
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                sat: {
                    from: string;
                    to: string;
                }[];
                /** @default [] */
                sun: {
                    from: string;
                    to: string;
                }[];
            };
            /** @default [] */
            closures: {
                date: string;
                until?: string;
                name: string;
            }[];
            /** @default [] */
            special: {
                date: string;
                name?: string;
                intervals: {
                    from: string;
                    to: string;
                }[];
            }[];
            createdAt: string;
            updatedAt: string;
        };
        ScheduleStatus: {
            at: string;
            open: boolean;
            /** @enum {string} */
            reason: "weekly" | "special" | "closure" | "outside-hours";
            closureName?: string;
            specialName?: string;
            /** @example Open now · closes today at 17:00 */
            line: string;
            nextChange: {
                at: string;
                open: boolean;
            } | null;
        };
        PhoneNumber: {
            id: string;
            number: string;
            name: string;
            flowId: string | null;
            scheduleId: string | null;
            businessName: string;
            deleteProviderRecordings: boolean;
            createdAt: string;
        };
        NumberSetup: {
            /** @description The flow the number points at; null for none */
            flow: {
                id: string;
                name: string;
                /** @description The revision new calls run; null when never published */
                publishedRevision: {
                    id: string;
                    number: number;
                    message: string;
                    createdAt: string;
                    author: {
                        id: string;
                        name: string;
                    } | null;
                } | null;
            } | null;
            /** @description True when calls run a flow; false when callers hear an apology */
            answering: boolean;
            webhooks: {
                /** @example https://ringflow.example.com/webhooks/twilio/voice */
                voiceUrl: string;
                /** @example https://ringflow.example.com/webhooks/twilio/status */
                statusCallbackUrl: string;
                /** @example https://ringflow.example.com/webhooks/twilio/sms */
                messagingUrl: string;
            };
        };
        /** @description A number's auto-reply rules and the guards that keep them rare */
        AutoReplySettings: {
            /** @default [] */
            rules: {
                id: string;
                name: string;
                /** @enum {string} */
                trigger: "missed-call" | "voicemail" | "incoming-text";
                /** @default true */
                active: boolean;
                texts: {
                    /**
                     * @description Sent while the schedule is open, or always without one; null sends nothing.
                     * @default null
                     */
                    inHours: string | null;
                    /**
                     * @description Sent while the schedule is closed; null sends nothing.
                     * @default null
                     */
                    afterHours: string | null;
                    /**
                     * @description Sent while closed on a Saturday or Sunday; null uses the after-hours text.
                     * @default null
                     */
                    weekend: string | null;
                    /**
                     * @description Sent while closed by a closure; null uses the after-hours text.
                     * @default null
                     */
                    holiday: string | null;
                };
                /** @default false */
                firstMessageOnly: boolean;
                /** @default 0 */
                delayMinutes: number;
            }[];
            /** @default {} */
            guards: {
                /** @default 180 */
                cooldownMinutes: number;
                /** @default 180 */
                conversationMinutes: number;
                /** @default true */
                ignoreAutomated: boolean;
                /** @default 5 */
                burstMessages: number;
                /** @default 10 */
                burstMinutes: number;
            };
        };
        AutoReplyDecision: {
            id: string;
            at: string;
            numberId: string;
            /** @example +14155550123 */
            contact: string;
            /** @enum {string} */
            trigger: "missed-call" | "voicemail" | "incoming-text" | "call-ended";
            callId: string | null;
            /** @description The text received that caused it */
            messageId: string | null;
            /** @enum {string} */
            source: "rule" | "flow";
            sourceId: string;
            sourceName: string;
            /** @enum {string} */
            action: "send" | "skip";
            /**
             * @example cooldown
             * @enum {string}
             */
            reason: "sent" | "inactive" | "automated-sender" | "automated-text" | "burst" | "not-first-message" | "conversation" | "cooldown" | "no-text" | "too-long";
            /** @example Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h) */
            detail: string;
            /**
             * @example after-hours
             * @enum {string|null}
             */
            variant: "in-hours" | "after-hours" | "weekend" | "holiday" | null;
            text: string | null;
            sendAt: string | null;
            /** @description The text it sent */
            replyMessageId: string | null;
            delivery: {
                /** @enum {string} */
                status: "received" | "scheduled" | "sent" | "failed" | "cancelled" | "unknown";
                error: string | null;
                sentAt: string | null;
            } | null;
        };
        Message: {
            id: string;
            numberId: string | null;
            /** @enum {string} */
            direction: "in" | "out";
            /** @enum {string} */
            author: "contact" | "team" | "auto-reply";
            contact: string;
            business: string;
            body: string;
            /** @enum {string} */
            status: "received" | "scheduled" | "sent" | "failed" | "cancelled" | "unknown";
            error: string | null;
            at: string;
            sentAt: string | null;
            decisions: components["schemas"]["AutoReplyDecision"][];
        };
        FlowSummary: {
            id: string;
            name: string;
            createdAt: string;
            draftUpdatedAt: string;
            draftUpdatedBy: {
                id: string;
                name: string;
            } | null;
            published: components["schemas"]["RevisionSummary"] | null;
            /** @description The phone numbers whose calls run this flow (its published revision), by number; empty when none does */
            numbers: components["schemas"]["NumberRef"][];
        };
        RevisionSummary: {
            id: string;
            flowId: string;
            number: number;
            message: string;
            author: {
                id: string;
                name: string;
            } | null;
            createdAt: string;
        };
        NumberRef: {
            id: string;
            number: string;
            name: string;
        };
        Flow: components["schemas"]["FlowSummary"] & {
            draft: components["schemas"]["FlowDocument"];
            findings: components["schemas"]["Finding"][];
            /** @description True when the draft has no errors and may be published */
            ok: boolean;
            hasUnpublishedChanges: boolean;
        };
        /** @description A flow document; see docs/flow-document.md and shared/schema/flow-document.schema.json */
        FlowDocument: {
            /** @enum {number} */
            schemaVersion: 1;
            /** @default Untitled flow */
            name: string;
            /** @default  */
            description: string;
            nodes: ({
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "incoming-call";
                position: {
                    x: number;
                    y: number;
                };
                /** @description incoming-call: the single entry, where every call to the number starts. Outcome: next. */
                data: {
                    label?: string;
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "ring-users";
                position: {
                    x: number;
                    y: number;
                };
                /** @description ring-users: ring team members or numbers. Outcomes: answered, no-answer (busy, failed and unanswered alike). */
                data: {
                    label?: string;
                    /**
                     * @description Who to ring: team members and/or numbers, rung in this order when sequential.
                     * @default []
                     */
                    targets: ({
                        /** @enum {string} */
                        type: "member";
                        /** @description Id of the team member. */
                        memberId: string;
                    } | {
                        /** @enum {string} */
                        type: "number";
                        /** @description An E.164 number (+14155550100) or a SIP address (sip:alice@example.com). */
                        number: string;
                    })[];
                    /**
                     * @description Ring every target at once (`simultaneous`) or one after another (`sequential`).
                     * @default simultaneous
                     * @enum {string}
                     */
                    strategy: "simultaneous" | "sequential";
                    /**
                     * @description How long each ring lasts, in seconds, before it counts as unanswered.
                     * @default 30
                     */
                    ringSeconds: number;
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "business-hours";
                position: {
                    x: number;
                    y: number;
                };
                /** @description business-hours: route the call by a schedule at the moment it arrives. Outcomes: open, closed, and holiday when holidayBranch is on. */
                data: {
                    label?: string;
                    /**
                     * @description Id of the schedule to check, shared with auto-replies and other flows; empty until one is chosen.
                     * @default
                     */
                    scheduleId: string;
                    /**
                     * @description Send closures (holidays) to their own `holiday` outcome instead of `closed`.
                     * @default false
                     */
                    holidayBranch: boolean;
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "route-by-caller";
                position: {
                    x: number;
                    y: number;
                };
                /** @description route-by-caller: route the call by who is calling, the moment it arrives. Outcomes: one per rule (its id), then other for callers no rule matches. */
                data: {
                    label?: string;
                    /**
                     * @description Checked in order; the first rule that matches the caller decides. A withheld caller matches only withheld rules.
                     * @default []
                     */
                    rules: {
                        /** @description The rule's stable id; also the id of its outcome (handle). Not `other`. */
                        id: string;
                        /**
                         * @description What the rule is for, shown on the canvas ("VIP", "Spam").
                         * @default
                         */
                        name: string;
                        /** @description numbers: listed numbers; prefix: numbers starting with a prefix; withheld: callers who hide their number. */
                        match: {
                            /** @enum {string} */
                            type: "numbers";
                            /** @description The numbers that match (a VIP list), in E.164. */
                            numbers: string[];
                        } | {
                            /** @enum {string} */
                            type: "prefix";
                            /** @description Callers whose number starts with one of these match. */
                            prefixes: string[];
                        } | {
                            /** @enum {string} */
                            type: "withheld";
                        };
                    }[];
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "phone-menu";
                position: {
                    x: number;
                    y: number;
                };
                /** @description phone-menu: play a prompt and route by the key the caller presses. Outcomes: one per option digit, plus no-input (silence or an invalid key once the attempts are used up). */
                data: {
                    label?: string;
                    /**
                     * @description What the caller hears before pressing a key.
                     * @default {
                     *       "type": "say",
                     *       "text": "For sales, press 1. For support, press 2.",
                     *       "language": "en-US"
                     *     }
                     */
                    prompt: {
                        /** @enum {string} */
                        type: "say";
                        /** @description The words to speak. */
                        text: string;
                        /** @description The provider's voice name; the provider's default voice when absent. */
                        voice?: string;
                        /**
                         * @description BCP 47 language tag of the text, e.g. en-US or fr-FR.
                         * @default en-US
                         */
                        language: string;
                    } | {
                        /** @enum {string} */
                        type: "audio";
                        /** @description Id of the greeting in the greetings library. */
                        greetingId: string;
                    };
                    /**
                     * @description The keys the caller may press, at most one option per key.
                     * @default []
                     */
                    options: {
                        /**
                         * @description The key the caller presses; also the id of the option's outcome (handle).
                         * @enum {string}
                         */
                        digit: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "*" | "#";
                        /**
                         * @description What the option is for, shown on the canvas ("Sales").
                         * @default
                         */
                        label: string;
                    }[];
                    /**
                     * @description Seconds of silence before an attempt counts as no input.
                     * @default 5
                     */
                    timeoutSeconds: number;
                    /**
                     * @description How many times the prompt is played before `no-input` is taken.
                     * @default 3
                     */
                    attempts: number;
                    /**
                     * @description Said before the prompt is repeated after silence or a wrong key.
                     * @default Sorry, I didn't get that.
                     */
                    retryText: string;
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "play-message";
                position: {
                    x: number;
                    y: number;
                };
                /** @description play-message: speak text or play a recorded greeting, then go on. Outcome: next. */
                data: {
                    label?: string;
                    /**
                     * @description What the caller hears.
                     * @default {
                     *       "type": "say",
                     *       "text": "Thanks for calling.",
                     *       "language": "en-US"
                     *     }
                     */
                    prompt: {
                        /** @enum {string} */
                        type: "say";
                        /** @description The words to speak. */
                        text: string;
                        /** @description The provider's voice name; the provider's default voice when absent. */
                        voice?: string;
                        /**
                         * @description BCP 47 language tag of the text, e.g. en-US or fr-FR.
                         * @default en-US
                         */
                        language: string;
                    } | {
                        /** @enum {string} */
                        type: "audio";
                        /** @description Id of the greeting in the greetings library. */
                        greetingId: string;
                    };
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "voicemail";
                position: {
                    x: number;
                    y: number;
                };
                /** @description voicemail: play a greeting and record a message. Outcomes: recorded (a message was left), no-message, and key-<digit> for each key pressed during the greeting. */
                data: {
                    label?: string;
                    /**
                     * @description What the caller hears before the recording starts.
                     * @default {
                     *       "type": "say",
                     *       "text": "Sorry we missed you. Please leave a message after the tone.",
                     *       "language": "en-US"
                     *     }
                     */
                    greeting: {
                        /** @enum {string} */
                        type: "say";
                        /** @description The words to speak. */
                        text: string;
                        /** @description The provider's voice name; the provider's default voice when absent. */
                        voice?: string;
                        /**
                         * @description BCP 47 language tag of the text, e.g. en-US or fr-FR.
                         * @default en-US
                         */
                        language: string;
                    } | {
                        /** @enum {string} */
                        type: "audio";
                        /** @description Id of the greeting in the greetings library. */
                        greetingId: string;
                    };
                    /**
                     * @description Longest message, in seconds.
                     * @default 120
                     */
                    maxLengthSeconds: number;
                    /**
                     * @description Transcribe the message to text: by Azure Speech when it is set up, otherwise by Twilio (English only, messages up to 2 minutes). Messages are recorded and kept either way.
                     * @default true
                     */
                    transcribe: boolean;
                    /**
                     * @description Play a beep before the recording starts.
                     * @default true
                     */
                    playBeep: boolean;
                    /**
                     * @description Keys the caller may press during the greeting ("press 0 for an urgent matter"), at most one per key; each leaves by its own outcome instead of recording.
                     * @default []
                     */
                    keys: {
                        /**
                         * @description The key the caller presses during the greeting; its outcome is `key-<digit>`.
                         * @enum {string}
                         */
                        digit: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "*" | "#";
                        /**
                         * @description What the key is for, shown on the canvas ("Urgent").
                         * @default
                         */
                        label: string;
                    }[];
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "forward-call";
                position: {
                    x: number;
                    y: number;
                };
                /** @description forward-call: connect the caller to an outside number. Outcomes: answered, no-answer (busy, failed and unanswered alike). */
                data: {
                    label?: string;
                    /**
                     * @description The outside number (E.164) or SIP address to connect the caller to; empty until one is typed.
                     * @default
                     */
                    number: "" | string;
                    /**
                     * @description Seconds to ring before the call counts as unanswered.
                     * @default 30
                     */
                    ringSeconds: number;
                    /**
                     * @description Which number the forwarded party sees: the caller's, or the business line's.
                     * @default caller
                     * @enum {string}
                     */
                    callerId: "caller" | "business";
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "auto-reply";
                position: {
                    x: number;
                    y: number;
                };
                /** @description auto-reply: a text message sent to the caller when the call ends, with an in-hours and an after-hours variant, and optionally a weekend and a holiday one. Connect it from the outcomes that should fire it. Outcomes: none; it never changes what the caller hears. */
                data: {
                    label?: string;
                    /**
                     * @description Id of the schedule that chooses among the texts; without one (null), inHoursText is always used.
                     * @default null
                     */
                    scheduleId: string | null;
                    /**
                     * @description Text sent while the schedule is open (or always, without a schedule). May use {{variables}}.
                     * @default
                     */
                    inHoursText: string;
                    /**
                     * @description Text sent while the schedule is closed, unless a weekend or holiday text applies. May use {{variables}}.
                     * @default
                     */
                    afterHoursText: string;
                    /**
                     * @description Text sent while the schedule is closed on a Saturday or Sunday (in its time zone); empty uses afterHoursText. May use {{variables}}.
                     * @default
                     */
                    weekendText: string;
                    /**
                     * @description Text sent while the schedule is closed by one of its closures (a holiday), even on a weekend; empty uses afterHoursText. May use {{variables}}.
                     * @default
                     */
                    holidayText: string;
                    /**
                     * @description Also send when the caller hangs up before anyone answers and before the flow reaches an auto-reply: an abandoned call counts as a missed one.
                     * @default false
                     */
                    onCallerHangUp: boolean;
                };
            } | {
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                id: string;
                /** @enum {string} */
                type: "hang-up";
                position: {
                    x: number;
                    y: number;
                };
                /** @description hang-up: end the call. Outcomes: none. */
                data: {
                    label?: string;
                    /**
                     * @description Treat the caller as blocked: the call ends as blocked, not missed, so no missed-call text or notification goes out and the call log says Blocked.
                     * @default false
                     */
                    block: boolean;
                };
            })[];
            edges: {
                id: string;
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                source: string;
                sourceHandle: string;
                /** @description A node id: 1-64 letters, digits, "-" or "_", unique within the flow. */
                target: string;
            }[];
            viewport?: {
                x: number;
                y: number;
                zoom: number;
            };
        };
        Finding: {
            /** @example menu-duplicate-digit */
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            message: string;
            nodeId?: string;
            edgeId?: string;
            path?: (string | number)[];
        };
        PublishedRevision: components["schemas"]["RevisionSummary"] & {
            /** @description The warnings the document was published with (errors refuse publishing), e.g. `prompt-voices-unchecked` when Azure Speech did not answer */
            findings: components["schemas"]["Finding"][];
        };
        ScenariosFailing: {
            error: {
                /** @enum {string} */
                code: "scenarios-failing";
                message: string;
            };
            results: components["schemas"]["ScenarioResult"][];
        };
        ScenarioResult: {
            scenarioId: string | null;
            name: string;
            passed: boolean;
            actual: {
                path: string[];
                /** @enum {string|null} */
                outcome: "answered" | "voicemail" | "missed" | "abandoned" | "blocked" | "failed" | null;
                autoReplies: string[];
            };
            /** @example Step 3: expected "voicemail", reached "after-hours-menu" */
            difference: string | null;
        };
        PublishRefused: {
            error: {
                code: string;
                message: string;
            };
            findings: components["schemas"]["Finding"][];
        };
        Revision: components["schemas"]["RevisionSummary"] & {
            document: components["schemas"]["FlowDocument"];
        };
        /** @description A call's inputs (caller, start instant, events with their delays) and what the flow should do with them */
        Scenario: {
            id?: string;
            name: string;
            from: string;
            /** @default  */
            to: string;
            /** Format: date-time */
            at: string;
            timeZone?: string;
            events: ({
                /** @enum {string} */
                type: "DIAL_RESULT";
                /** @enum {string} */
                status: "answered" | "busy" | "no-answer" | "failed";
                afterSeconds?: number;
            } | {
                /** @enum {string} */
                type: "DIGITS";
                digits: string;
                afterSeconds?: number;
            } | {
                /** @enum {string} */
                type: "NO_INPUT";
                afterSeconds?: number;
            } | {
                /** @enum {string} */
                type: "RECORDING_DONE";
                durationSeconds: number;
                afterSeconds?: number;
            } | {
                /** @enum {string} */
                type: "PLAYBACK_DONE";
                afterSeconds?: number;
            } | {
                /** @enum {string} */
                type: "CALLER_HUNG_UP";
                afterSeconds?: number;
            })[];
            expect: {
                path: string[];
                /** @enum {string|null} */
                outcome: "answered" | "voicemail" | "missed" | "abandoned" | "blocked" | "failed" | null;
                autoReplies: string[];
            };
        };
        GeneratedScenarios: {
            scenarios: components["schemas"]["Scenario"][];
            /** @description True when the flow has more ways through than the budget allows (200 scenarios, and a limit on the work): `scenarios` are the first ones found */
            truncated: boolean;
            /** @example Too many paths: showing the first 200. */
            message?: string;
        };
        CallSummary: {
            id: string;
            provider: string;
            providerCallId: string;
            from: string;
            to: string;
            phoneNumberId: string | null;
            flowId: string | null;
            revisionId: string | null;
            /** @enum {string} */
            status: "active" | "ended";
            /**
             * @example voicemail
             * @enum {string|null}
             */
            outcome: "answered" | "voicemail" | "missed" | "abandoned" | "blocked" | "failed" | "rejected" | null;
            providerStatus: string | null;
            startedAt: string;
            endedAt: string | null;
            durationSeconds: number | null;
        };
        Call: components["schemas"]["CallSummary"] & {
            step: number;
            /** @description The nodes the call went through, in order */
            path: string[];
            result: {
                [key: string]: unknown;
            } | null;
            /** @description What the end of the call decided: each text sent or not, and why */
            autoReplyDecisions: components["schemas"]["AutoReplyDecision"][];
            /** @description The messages the call left, deleted ones included */
            voicemails: {
                id: string;
                /** @enum {string} */
                audioStatus: "fetching" | "stored" | "unavailable" | "deleted";
                audioDeletedAt: string | null;
                /** @enum {string|null} */
                audioDeletedReason: "retention" | "user" | null;
                deletedAt: string | null;
            }[];
            events: {
                id: number;
                step: number;
                /** @enum {string} */
                kind: "webhook" | "event" | "instruction" | "note";
                at: string;
                data?: unknown;
                response: string | null;
            }[];
        };
        VoicemailSummary: {
            id: string;
            callId: string | null;
            numberId: string | null;
            numberName: string | null;
            /** @example +14155550123 */
            caller: string;
            /** @example +14155550100 */
            business: string;
            /** @description When the message was left */
            at: string;
            /** @description Read from the audio once stored; the provider's figure until then */
            durationSeconds: number | null;
            audio: {
                /** @enum {string} */
                status: "fetching" | "stored" | "unavailable" | "deleted";
                /** @description Why the audio is not (yet) here: the last copy attempt, or the final reason */
                error: string | null;
                contentType: string | null;
                bytes: number | null;
                deletedAt: string | null;
                /** @enum {string|null} */
                deletedReason: "retention" | "user" | null;
                /**
                 * @description Where to play it when stored
                 * @example /api/voicemails/vm_1/audio
                 */
                url: string | null;
            };
            transcript: {
                /** @enum {string} */
                status: "none" | "pending" | "done" | "failed";
                text: string | null;
                error: string | null;
                /** @description The language spoken, e.g. en-US */
                language: string | null;
                /** @description 0..1, the engine's; null when it gave none */
                confidence: number | null;
                /** @enum {string|null} */
                engine: "azure" | "twilio" | null;
                /** @description When a person last corrected it */
                editedAt: string | null;
                editedBy: {
                    id: string;
                    name: string;
                } | null;
            };
            /** @enum {string} */
            status: "new" | "handled";
            handledAt: string | null;
            handledBy: {
                id: string;
                name: string;
            } | null;
            assignee: {
                id: string;
                name: string;
            } | null;
            /** @description Opened by the signed-in user */
            read: boolean;
            commentCount: number;
        };
        Voicemail: components["schemas"]["VoicemailSummary"] & {
            comments: components["schemas"]["VoicemailComment"][];
            call: {
                id: string;
                /** @enum {string|null} */
                outcome: "answered" | "voicemail" | "missed" | "abandoned" | "blocked" | "failed" | "rejected" | null;
                startedAt: string;
            } | null;
            /** @description When the provider's copy was deleted (numbers that ask for it) */
            providerDeletedAt: string | null;
        };
        VoicemailComment: {
            id: string;
            author: {
                /** @description Null once the account is removed */
                id: string | null;
                name: string;
            };
            body: string;
            at: string;
        };
        Greeting: {
            id: string;
            /** @example Welcome */
            name: string;
            /** @enum {string} */
            source: "upload" | "recording" | "tts";
            /** @example audio/wav */
            contentType: string | null;
            /** @description Read from the file */
            durationSeconds: number | null;
            bytes: number | null;
            /** @description Moves on when the audio is replaced */
            version: number;
            /** @description Text-to-speech greetings: the words */
            text: string | null;
            voice: string | null;
            language: string | null;
            /** @description Text-to-speech greetings only. 'unavailable': no speech engine is set up, the provider's voice speaks the text */
            synthesis: {
                /** @enum {string} */
                status: "pending" | "done" | "failed" | "unavailable";
                error: string | null;
            } | null;
            /**
             * @description Where a signed-in user plays it; null until there is audio
             * @example /api/greetings/greet_1/audio?v=2
             */
            audioUrl: string | null;
            /**
             * @description The flows that play it, published revisions and drafts
             * @example [
             *       "flow \"Main\" (node vm)",
             *       "flow \"Main\" (draft, nodes menu, vm)"
             *     ]
             */
            usedBy: string[];
            createdAt: string;
            updatedAt: string;
        };
        SpeechStatus: {
            /**
             * @description null: no speech engine is set up
             * @enum {string|null}
             */
            engine: "azure" | null;
            /** @description What is not set up, and what happens meanwhile */
            problem: string | null;
            /** @description Voicemails are transcribed by Twilio (when the voicemail node asks), as Azure is not set up */
            twilioTranscription: boolean;
        };
        SpeechVoices: {
            /** @enum {string} */
            engine: "azure" | "twilio";
            voices: components["schemas"]["SpeechVoice"][];
            /**
             * @description Every language the engine has a voice for, sorted, whatever `language` filters: what the language pickers offer (Azure's voices' languages, or Twilio's <Say> languages)
             * @example [
             *       "de-DE",
             *       "en-GB",
             *       "en-US"
             *     ]
             */
            languages: string[];
        };
        SpeechVoice: {
            /** @example en-US-JennyNeural */
            name: string;
            /** @example en-US */
            language: string;
            label: string;
            /** @enum {string} */
            gender: "female" | "male" | "neutral";
        };
        NumberSpeech: {
            /**
             * @description One language, or two to four for the engine to detect which is spoken
             * @example [
             *       "en-US",
             *       "es-US"
             *     ]
             */
            languages: string[];
            /**
             * @description masked: swear words as ***; removed: left out; raw: written as said
             * @enum {string}
             */
            profanity: "masked" | "removed" | "raw";
        };
        SpeechPreview: {
            /**
             * @description Signed path of the WAV on this server, playable without a login: the file calls <Play>
             * @example /media/speech/9f86d08…?sig=5f0c…
             */
            url: string;
            /** @example 2.4 */
            durationSeconds: number | null;
            /** @description true: the prompt was synthesised before (a publish or an earlier preview) */
            cached: boolean;
        };
        SpeechPreviewRequest: {
            /** @description The words, exactly as the prompt has them */
            text: string;
            /**
             * @description An Azure voice of the language; absent or '': the engine's default voice
             * @example en-US-JennyNeural
             */
            voice?: string;
            /** @example en-US */
            language: string;
        };
        MyNotifications: {
            email: {
                "voicemail.new": boolean;
                "call.missed": boolean;
                "message.received": boolean;
            };
            /** @description null: every number */
            numberIds: string[] | null;
            /** @description Where the e-mails go: your account e-mail */
            address: string;
            emailReady: boolean;
            emailProblem: string | null;
        };
        NumberNotifications: {
            slack: {
                url: string | null;
                events: ("voicemail.new" | "call.missed" | "message.received")[];
            };
            /** @description The 20 newest Slack deliveries */
            deliveries: components["schemas"]["NotificationDelivery"][];
        };
        NotificationDelivery: {
            id: number;
            /** @enum {string} */
            channel: "email" | "slack" | "webhook";
            eventId: string;
            /** @enum {string} */
            eventType: "voicemail.new" | "call.missed" | "message.received" | "test";
            attempt: number;
            at: string;
            ok: boolean;
            statusCode: number | null;
            error: string | null;
            durationMs: number | null;
        };
        WebhookEndpoint: {
            id: string;
            url: string;
            description: string;
            /** @description null: every number */
            numberId: string | null;
            events: ("voicemail.new" | "call.missed" | "message.received")[];
            active: boolean;
            /**
             * @description The HMAC-SHA256 key of the Ringflow-Signature header
             * @example whsec_…
             */
            secret: string;
            createdAt: string;
            lastDelivery: components["schemas"]["NotificationDelivery"] | null;
        };
        AuditEntry: {
            id: number;
            at: string;
            userId: string | null;
            userName: string | null;
            /** @example flow.publish */
            action: string;
            subject: string;
            detail?: unknown;
        };
        LoginLock: {
            /** @example account:ann@example.com */
            key: string;
            /** @enum {string} */
            kind: "account" | "address";
            /** @example ann@example.com */
            value: string;
            /** @description The account with this e-mail; null for an unknown e-mail or an address */
            userId: string | null;
            failures: number;
            /** @description Locked, rather than only slowed */
            locked: boolean;
            /** @description When attempts are checked again */
            until: string;
        };
        Retention: {
            /**
             * @description Days to keep voicemail recordings and transcripts (1-3650); null keeps them for ever
             * @example 90
             */
            voicemailDays: number | null;
            /**
             * @description Days to keep calls and their traces (1-3650); null keeps them for ever
             * @example 90
             */
            callDays: number | null;
            /**
             * @description Days to keep texts and auto-reply decisions (1-3650); null keeps them for ever
             * @example 90
             */
            messageDays: number | null;
            /** @description What the last daily run deleted; null before the first run */
            lastRun: {
                at: string;
                voicemails: number;
                calls: number;
                messages: number;
            } | null;
        };
        Setup: {
            twilio: {
                /** @description Texts can be sent and recordings copied */
                ready: boolean;
                missing: ("TWILIO_ACCOUNT_SID" | "TWILIO_AUTH_TOKEN")[];
                /** @description What does not work meanwhile and what to do; null when ready */
                problem: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
