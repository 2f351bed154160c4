use spin_mqtt_sdk::{mqtt_component, Metadata, Payload};

${types}
/// The original Java method, for reference while porting:
///
${javaReference}
#[mqtt_component]
async fn handle_message(message: Payload, metadata: Metadata) -> anyhow::Result<()> {
    // A message on topic '${destination}': decode it into ${requestType}.
    let _ = (message, metadata);
    // TODO(wasmfit): port the method body.
    anyhow::bail!("wasmfit stub: ${candidateId} is not ported yet")
}
