// The SQS trigger has no SDK: generate the guest bindings from the trigger's sqs.wit
// (https://github.com/spinframework/spin-trigger-sqs, guest/) with wit-bindgen.
wit_bindgen::generate!({ world: "spin-sqs", path: "wit" });

use fermyon::spin_sqs::sqs_types as sqs;

${types}
/// The original Java method, for reference while porting:
///
${javaReference}
struct Satellite;

impl Guest for Satellite {
    fn handle_queue_message(message: sqs::Message) -> Result<sqs::MessageAction, sqs::Error> {
        // A message from '${destination}': decode message.body into ${requestType}.
        let _ = message;
        // TODO(wasmfit): port the method body, then return Ok(sqs::MessageAction::Delete).
        Err(sqs::Error::Other("wasmfit stub: ${candidateId} is not ported yet".to_string()))
    }
}

export!(Satellite);
