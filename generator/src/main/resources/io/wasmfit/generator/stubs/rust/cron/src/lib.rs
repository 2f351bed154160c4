use spin_cron_sdk::{cron_component, Error, Metadata};

/// The original Java method, for reference while porting:
///
${javaReference}
#[cron_component]
async fn handle_cron_event(metadata: Metadata) -> Result<(), Error> {
    // Runs on '${destination}' (Spin's cron syntax, seconds first).
    let _ = metadata;
    // TODO(wasmfit): port the method body.
    Err(Error::Other("wasmfit stub: ${candidateId} is not ported yet".to_string()))
}
