"""run log: kind, feeds, updated, e-mail

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:11:26.513948
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='run', nullable=False))
        batch_op.add_column(sa.Column('feeds_ok', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('feeds_failed', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('articles_updated', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('email_status', sa.String(length=40), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.drop_column('email_status')
        batch_op.drop_column('articles_updated')
        batch_op.drop_column('feeds_failed')
        batch_op.drop_column('feeds_ok')
        batch_op.drop_column('kind')

