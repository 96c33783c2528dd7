#pragma once
// Files in and out. Inputs are memory-mapped read-only (weights are then borrowed, not
// copied); outputs go to a temporary file beside the target and are renamed into place only
// when complete, so a failure never leaves a half-written model behind.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
// <sys/mman.h> defines MAP_TYPE, which collides with an enumerator of libonnx's parser.h.
#ifdef MAP_TYPE
#undef MAP_TYPE
#endif

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/tensor.hpp"

namespace opbridge::io {

namespace detail {
struct Mapping {
    void* address = nullptr;
    std::size_t size = 0;
    ~Mapping() {
        if (address && address != MAP_FAILED) ::munmap(address, size);
    }
};
} // namespace detail

// The whole file as a Buffer that keeps the mapping alive. An empty file gives an empty buffer.
inline Buffer map_file(const std::string& path) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        fail("io.open", path, "", "no such file");
    if (std::filesystem::is_directory(status))
        fail("io.open", path, "", "is a directory, not a model file");
    // Opening a FIFO for reading blocks until someone writes; devices never end.
    if (!std::filesystem::is_regular_file(status))
        fail("io.open", path, "", "is not a regular file (a pipe, device or socket)");
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) fail("io.open", path, "", std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int e = errno;
        ::close(fd);
        fail("io.open", path, "", std::string("cannot stat: ") + std::strerror(e));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        fail("io.open", path, "", "is not a regular file");
    }
    auto mapping = std::make_shared<detail::Mapping>();
    mapping->size = static_cast<std::size_t>(st.st_size);
    if (mapping->size > 0) {
        mapping->address = ::mmap(nullptr, mapping->size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping->address == MAP_FAILED) {
            int e = errno;
            ::close(fd);
            fail("io.open", path, "", std::string("cannot map: ") + std::strerror(e));
        }
    }
    ::close(fd);
    const auto* data = static_cast<const std::byte*>(mapping->address);
    std::size_t size = mapping->size;
    return Buffer(std::move(mapping), data, size);
}

// A file being written: bytes go to "<target>.opbridge-tmp-<pid>" and `commit()` renames it
// onto the target. Destroyed without commit, it removes the temporary file.
class AtomicOutput {
public:
    explicit AtomicOutput(std::string target) : target_(std::move(target)) {
        temp_ = target_ + ".opbridge-tmp-" + std::to_string(::getpid());
        fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd_ < 0) fail("io.write", target_, "", std::string("cannot create output: ") + std::strerror(errno));
    }
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    ~AtomicOutput() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(temp_.c_str());
    }

    int fd() const noexcept { return fd_; }
    const std::string& target() const noexcept { return target_; }

    void write(const void* data, std::size_t size) {
        const char* p = static_cast<const char*>(data);
        while (size > 0) {
            ssize_t n = ::write(fd_, p, size);
            if (n < 0) {
                if (errno == EINTR) continue;
                fail("io.write", target_, "", std::string("write failed: ") + std::strerror(errno));
            }
            p += n;
            size -= static_cast<std::size_t>(n);
        }
    }
    void commit() {
        if (::close(fd_) != 0) {
            fd_ = -1;
            fail("io.write", target_, "", std::string("write failed: ") + std::strerror(errno));
        }
        fd_ = -1;
        if (::rename(temp_.c_str(), target_.c_str()) != 0)
            fail("io.write", target_, "", std::string("cannot rename into place: ") + std::strerror(errno));
        committed_ = true;
    }

private:
    std::string target_, temp_;
    int fd_ = -1;
    bool committed_ = false;
};

} // namespace opbridge::io
