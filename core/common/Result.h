#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace lr {

/// A value or a human-readable (translated) error. Used by every store call that can fail.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    static Result failure(QString error) { return Result(std::move(error), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Result(QString error, int) : m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

/// Success or an error, without a value.
class Status
{
public:
    Status() = default;
    static Status failure(QString error) { return Status(std::move(error)); }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString error) : m_error(std::move(error)) {}
    QString m_error;
};

} // namespace lr
