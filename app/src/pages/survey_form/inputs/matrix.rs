//! A matrix (Likert): a table whose rows are statements and whose columns
//! are the shared scale, one radio group per row. Each radio's label says
//! "Row — Column" to screen readers; on a narrow screen the style sheet
//! turns every row into a card and shows the column names by the radios.

use leptos::prelude::*;

use super::Ctx;
use crate::domain::part_field_name;

pub(in crate::pages) fn matrix(ctx: &Ctx, rows: Vec<String>, columns: Vec<String>) -> AnyView {
    let name = ctx.name.clone();
    let head = columns
        .iter()
        .map(|column| view! { <th scope="col" dir="auto">{column.clone()}</th> })
        .collect_view();
    let body = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let group = part_field_name(ctx.id, r);
            let chosen = ctx
                .given
                .one(&group)
                .and_then(|v| v.trim().parse::<usize>().ok());
            let cells = columns
                .iter()
                .enumerate()
                .map(|(c, column)| {
                    let input_id = format!("{name}-{r}-{c}");
                    view! {
                        <td>
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=group.clone()
                                value=c
                                checked=chosen == Some(c)
                            />
                            <label for=input_id>
                                <span class="visually-hidden">{format!("{row} \u{2014} ")}</span>
                                <span class="matrix-column">{column.clone()}</span>
                            </label>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" dir="auto">{row.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <fieldset aria-describedby=ctx.described_by(Vec::new())>
            {ctx.legend()}
            <table class="matrix">
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </fieldset>
    }
    .into_any()
}
