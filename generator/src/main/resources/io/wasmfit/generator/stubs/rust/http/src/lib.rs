use spin_sdk::http::{IntoResponse, Request, Response};
use spin_sdk::http_component;

${types}
/// The original Java method, for reference while porting:
///
${javaReference}
#[http_component]
fn handle_${snakeName}(req: Request) -> anyhow::Result<impl IntoResponse> {
    // ${route}: read the parameters (query, path, JSON body) into ${requestType}.
    let _ = req;
    // TODO(wasmfit): port the method body and build a ${responseType}.
    Ok(Response::builder()
        .status(501)
        .header("content-type", "text/plain")
        .body("wasmfit stub: ${candidateId} is not ported yet")
        .build())
}
