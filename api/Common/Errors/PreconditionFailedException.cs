using Antq.Api.Common.Api;
namespace Antq.Api.Common.Errors;

/// <summary>The client's If-Match names a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException()
    : Exception(Localized.Text(
        "Người khác vừa thay đổi bản ghi này sau khi bạn tải nó. Hãy tải lại rồi thực hiện lại thay đổi.",
        "The resource was changed by someone else since you read it. Reload it and apply your change again."));
