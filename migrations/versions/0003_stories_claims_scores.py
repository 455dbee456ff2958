"""Stories, sourced numbers, daily scores, trends and alerts, and the views analysts query

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 03:28:39.784360
"""
from alembic import op
import sqlalchemy as sa
import monitor.models


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


VIEWS = {
    # One row per hit with the article, its source and its dates: the evidence table.
    "hit_evidence": """
        SELECT h.id AS hit_id, h.indicator, i.label AS indicator_label, h.actor, h.target, h.sentence, h.trigger,
               h.quantity, h.quantity_text, h.unit, h.negated, h.hedged, h.hypothetical, h.future, h.historical,
               h.background, h.confidence, h.tone, h.weight, a.id AS article_id, a.title, a.url,
               s.name AS source, a.published_at, a.first_seen_at, a.event_date, a.cluster_id AS story_id
        FROM indicator_hits h
        JOIN articles a ON a.id = h.article_id
        JOIN sources s ON s.id = a.source_id
        LEFT JOIN indicators i ON i.id = h.indicator""",
    # The daily scores with the indicator's label and weight.
    "daily_scores_labelled": """
        SELECT d.day, d.actor, d.indicator, i.label AS indicator_label, i.weight, d.stories, d.articles,
               d.sources, d.score
        FROM daily_scores d
        LEFT JOIN indicators i ON i.id = d.indicator""",
    # Every number claimed, by whom and where: two sources' numbers stay two rows.
    "claims_by_source": """
        SELECT c.claim_date, c.indicator, c.actor, c.quantity, c.quantity_text, c.unit, c.hedged,
               s.name AS source, a.title, a.url, a.id AS article_id, a.cluster_id AS story_id
        FROM quantity_claims c
        JOIN articles a ON a.id = c.article_id
        JOIN sources s ON s.id = c.source_id""",
}


def upgrade() -> None:
    op.create_table('actor_trends',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.String(length=10), nullable=False),
    sa.Column('actor', sa.String(length=3), nullable=False),
    sa.Column('arrow', sa.String(length=16), nullable=False),
    sa.Column('recent_mean', sa.Float(), nullable=False),
    sa.Column('baseline_median', sa.Float(), nullable=False),
    sa.Column('baseline_mad', sa.Float(), nullable=False),
    sa.Column('z', sa.Float(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('as_of', 'actor', name='uq_actor_trend')
    )
    with op.batch_alter_table('actor_trends', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_trends_as_of'), ['as_of'], unique=False)

    op.create_table('daily_scores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('actor', sa.String(length=3), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('stories', sa.Integer(), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.Column('sources', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day', 'actor', 'indicator', name='uq_daily_score')
    )
    with op.batch_alter_table('daily_scores', schema=None) as batch_op:
        batch_op.create_index('ix_daily_scores_actor_day', ['actor', 'day'], unique=False)

    op.create_table('indicators',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('cameo', sa.Text(), nullable=False),
    sa.Column('plover', sa.Text(), nullable=False),
    sa.Column('taxonomy_version', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('risk_alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('actor', sa.String(length=3), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('sources', sa.Integer(), nullable=False),
    sa.Column('stories', sa.Integer(), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day', 'actor', 'indicator', name='uq_risk_alert')
    )
    with op.batch_alter_table('risk_alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_alerts_day'), ['day'], unique=False)

    op.create_table('story_clusters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_article_id', sa.Integer(), nullable=False),
    sa.Column('created_at', monitor.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('quantity_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hit_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=3), nullable=True),
    sa.Column('quantity', sa.BigInteger(), nullable=True),
    sa.Column('quantity_text', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=True),
    sa.Column('hedged', sa.Boolean(), nullable=False),
    sa.Column('claim_date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['hit_id'], ['indicator_hits.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hit_id')
    )
    with op.batch_alter_table('quantity_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quantity_claims_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quantity_claims_claim_date'), ['claim_date'], unique=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_date', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('cluster_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('minhash', sa.LargeBinary(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_event_date'), ['event_date'], unique=False)
        batch_op.create_foreign_key('fk_articles_cluster_id', 'story_clusters', ['cluster_id'], ['id'])

    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body.strip()}")



def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_constraint('fk_articles_cluster_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_articles_event_date'))
        batch_op.drop_index(batch_op.f('ix_articles_cluster_id'))
        batch_op.drop_column('minhash')
        batch_op.drop_column('cluster_id')
        batch_op.drop_column('event_date')

    with op.batch_alter_table('quantity_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quantity_claims_claim_date'))
        batch_op.drop_index(batch_op.f('ix_quantity_claims_article_id'))

    op.drop_table('quantity_claims')
    op.drop_table('story_clusters')
    with op.batch_alter_table('risk_alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_alerts_day'))

    op.drop_table('risk_alerts')
    op.drop_table('indicators')
    with op.batch_alter_table('daily_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_daily_scores_actor_day')

    op.drop_table('daily_scores')
    with op.batch_alter_table('actor_trends', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_trends_as_of'))

    op.drop_table('actor_trends')
