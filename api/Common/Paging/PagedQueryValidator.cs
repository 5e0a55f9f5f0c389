using Antq.Api.Common.Api;
using Antq.Api.Domain;
using FluentValidation;

namespace Antq.Api.Common.Paging;

/// <summary>The paging, sorting and search rules every list shares.</summary>
public abstract class PagedQueryValidator<TQuery, TEntity> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
    where TEntity : Entity
{
    protected PagedQueryValidator(SortMap<TEntity> sorts)
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Sort).Must(sorts.IsValid).WithMessage(_ => Localized.Text($"Chỉ sắp xếp theo: {sorts.Describe()}.", $"Sort by one of: {sorts.Describe()}."));
    }
}
