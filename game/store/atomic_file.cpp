#include "store/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/store_error.h"

namespace clearance::store {

namespace {

[[noreturn]] void fail(const std::filesystem::path& target, const std::string& doing, int err) {
    const bool full = err == ENOSPC || err == EDQUOT || err == EFBIG;
    throw StoreError(full ? StoreErrorKind::disk_full : StoreErrorKind::io, target,
                     "Cannot write " + target.string() + " while " + doing + ": " + std::strerror(err) +
                         (full ? ". Free some space and export again" : ". Check the folder and export again") +
                         "; any previous file there is unchanged.");
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    temp_ = target_;
    temp_ += ".tmp-" + std::to_string(::getpid());
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) fail(target_, "creating a temporary file beside it", errno);
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) {
        ::close(fd_);
        ::unlink(temp_.c_str());
    }
}

void AtomicFile::write(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= (1u << 20)) flush();  // 1 MiB: few syscalls, bounded memory
}

void AtomicFile::flush() {
    std::size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(target_, "writing", errno);
        done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
}

void AtomicFile::commit() {
    flush();
    if (::fsync(fd_) != 0) fail(target_, "syncing", errno);
    ::close(fd_);
    fd_ = -1;
    if (::rename(temp_.c_str(), target_.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp_.c_str());
        fail(target_, "renaming the temporary file over it", err);
    }
    const std::filesystem::path dir = target_.has_parent_path() ? target_.parent_path() : ".";
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);  // makes the rename itself durable
        ::close(dfd);
    }
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFile f(target);
    f.write(content);
    f.commit();
}

}  // namespace clearance::store
