${types}
/*
 * The original Java method, for reference while porting:
 *
${javaReference}
 */
async function handle(request: Request): Promise<Response> {
    // ${route}: read the parameters (query, path, JSON body) into ${requestType}.
    void request;
    // TODO(wasmfit): port the method body and answer with a ${responseType} as JSON.
    return new Response('wasmfit stub: ${candidateId} is not ported yet', { status: 501 });
}

//@ts-ignore
addEventListener('fetch', (event: FetchEvent) => {
    event.respondWith(handle(event.request));
});
