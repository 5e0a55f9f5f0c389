using Antq.Api.Common.Api;
using Antq.Api.Domain;
using FluentValidation;

namespace Antq.Api.Common.Paging;

/// <summary>The paging rules every list shares: page ≥ 1, pageSize 1..100.</summary>
public abstract class PageRequestValidator<TQuery> : AbstractValidator<TQuery> where TQuery : IPageRequest
{
    protected PageRequestValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

/// <summary>Paging plus the search and sorting rules of the resource lists.</summary>
public abstract class PagedQueryValidator<TQuery, TEntity> : PageRequestValidator<TQuery>
    where TQuery : IPagedQuery
    where TEntity : Entity
{
    protected PagedQueryValidator(SortMap<TEntity> sorts)
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Sort).Must(sorts.IsValid).WithMessage(_ => Localized.Text($"Chỉ sắp xếp theo: {sorts.Describe()}.", $"Sort by one of: {sorts.Describe()}."));
        When(x => x is ICursorQuery { After: not null }, () =>
        {
            RuleFor(x => x.Page).Must(page => page is null or 1).WithMessage(_ => Localized.Text(
                "Dùng after hoặc page, không dùng cả hai.", "Use after or page, not both: after walks the list in id order."));
            RuleFor(x => x.Sort).Null().WithMessage(_ => Localized.Text(
                "Khi dùng after, danh sách theo thứ tự mã; bỏ sort.", "With after the list is in id order: leave sort out."));
        });
    }
}
