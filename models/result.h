#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// An expected failure carried as a value: a message a user can read, plus an optional
// machine-readable code (a driver error number, a channel's error code, a diagnostic id).
struct Error
{
    QString message;
    QString code;

    Error() = default;
    explicit Error(QString msg, QString errorCode = {})
        : message(std::move(msg)), code(std::move(errorCode)) {}
};

// Either a value or an Error. Deliberately small: the project never throws across the
// event loop, and every fallible call in models/ and app/ returns one of these.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result for operations that return nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};
