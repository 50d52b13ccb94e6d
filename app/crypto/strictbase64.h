#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Standard Base64 (RFC 4648 §4, with padding) decoded strictly: the input must be the
// canonical encoding of its bytes. Whitespace, URL-safe letters, missing or extra padding,
// non-zero trailing bits and empty input are all rejected. Signatures and ciphertexts
// arrive this way from payment channels; anything else is forged or damaged.
namespace StrictBase64 {
std::optional<QByteArray> decode(QByteArrayView text);
QByteArray encode(QByteArrayView bytes);
} // namespace StrictBase64
