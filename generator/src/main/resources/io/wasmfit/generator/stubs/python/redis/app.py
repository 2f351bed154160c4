from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Optional

from spin_sdk.wit import exports

${types}
# The original Java method, for reference while porting:
#
${javaReference}


class InboundRedis(exports.InboundRedis):
    def handle_message(self, message: bytes) -> None:
        # A message on channel '${destination}': decode it into ${requestType}.
        # TODO(wasmfit): port the method body.
        raise NotImplementedError("wasmfit stub: ${candidateId} is not ported yet")
