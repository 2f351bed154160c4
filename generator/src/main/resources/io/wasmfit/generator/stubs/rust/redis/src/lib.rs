use anyhow::Result;
use bytes::Bytes;
use spin_sdk::redis_component;

${types}
/// The original Java method, for reference while porting:
///
${javaReference}
#[redis_component]
fn on_message(message: Bytes) -> Result<()> {
    // A message on channel '${destination}': decode it into ${requestType}.
    let _ = message;
    // TODO(wasmfit): port the method body.
    anyhow::bail!("wasmfit stub: ${candidateId} is not ported yet")
}
